package dev.migrate.engine.autogen;

import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Tables ordered so that each comes after the tables its foreign keys refer to (Kahn's algorithm,
 * iterative: a chain of any depth is fine). Foreign keys that close a cycle are returned
 * separately, to be added after the tables exist (or dropped before they go).
 *
 * @param tables the tables, referred-to tables first
 * @param deferred foreign keys that close a cycle, by table
 */
record DependencyOrder(List<TableDef> tables, Map<QualifiedName, List<Constraint.ForeignKey>> deferred) {

    /** The order of {@code tables}; references to tables outside the list are ignored, self-references kept inline. */
    static DependencyOrder of(List<TableDef> tables) {
        Map<QualifiedName, TableDef> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        Map<QualifiedName, Integer> position = new HashMap<>();
        tables.forEach(t -> position.put(t.name(), position.size()));
        Map<QualifiedName, Set<QualifiedName>> waitingFor = new HashMap<>();
        Map<QualifiedName, List<QualifiedName>> referrers = new HashMap<>();
        for (TableDef table : tables) {
            Set<QualifiedName> refs = new HashSet<>();
            for (Constraint.ForeignKey fk : foreignKeys(table)) {
                QualifiedName target = resolve(fk.referredTable(), table.name(), byName);
                if (target != null && !target.equals(table.name()) && refs.add(target)) {
                    referrers.computeIfAbsent(target, t -> new ArrayList<>()).add(table.name());
                }
            }
            waitingFor.put(table.name(), refs);
        }
        List<TableDef> ordered = new ArrayList<>();
        Set<QualifiedName> done = new HashSet<>();
        Map<QualifiedName, List<Constraint.ForeignKey>> deferred = new LinkedHashMap<>();
        // Among the tables that are ready, the one listed first: the model's order wherever the keys allow it.
        PriorityQueue<QualifiedName> ready = new PriorityQueue<>(Comparator.comparing(position::get));
        tables.stream().filter(t -> waitingFor.get(t.name()).isEmpty()).forEach(t -> ready.add(t.name()));
        while (ordered.size() < tables.size()) {
            if (ready.isEmpty()) {
                // A cycle: take the earliest waiting table and defer its foreign keys to unfinished tables.
                QualifiedName stuck = tables.stream().map(TableDef::name).filter(n -> !done.contains(n))
                        .min(Comparator.comparing(position::get)).orElseThrow();
                for (Constraint.ForeignKey fk : foreignKeys(byName.get(stuck))) {
                    QualifiedName target = resolve(fk.referredTable(), stuck, byName);
                    if (target != null && !target.equals(stuck) && !done.contains(target)) {
                        deferred.computeIfAbsent(stuck, t -> new ArrayList<>()).add(fk);
                    }
                }
                waitingFor.get(stuck).clear();
                ready.add(stuck);
            }
            QualifiedName next = ready.poll();
            if (!done.add(next)) {
                continue;
            }
            ordered.add(byName.get(next));
            for (QualifiedName referrer : referrers.getOrDefault(next, List.of())) {
                Set<QualifiedName> waiting = waitingFor.get(referrer);
                if (waiting.remove(next) && waiting.isEmpty() && !done.contains(referrer)) {
                    ready.add(referrer);
                }
            }
        }
        return new DependencyOrder(ordered, deferred);
    }

    /** The table a foreign key refers to among {@code tables}: same name, and same schema or the referrer's. */
    private static QualifiedName resolve(QualifiedName referred, QualifiedName referrer, Map<QualifiedName, TableDef> tables) {
        if (tables.containsKey(referred)) {
            return referred;
        }
        QualifiedName sameSchema = new QualifiedName(referrer.schema(), referred.name());
        return tables.containsKey(sameSchema) ? sameSchema : null;
    }

    static List<Constraint.ForeignKey> foreignKeys(TableDef table) {
        return table.constraints().stream().filter(Constraint.ForeignKey.class::isInstance)
                .map(Constraint.ForeignKey.class::cast).toList();
    }
}
