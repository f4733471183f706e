package dev.migrate.engine.autogen;

import dev.migrate.api.operation.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The differences between a target model and a schema, in upgrade order, and the operations of
 * the revision that removes them: the upgrade, and the inferred downgrade (each change undone, in
 * reverse order).
 */
public record SchemaDiff(List<Change> changes) {

    public SchemaDiff {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(Change::phase));
        changes = List.copyOf(sorted);
    }

    /** Whether the schema matches the model. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** One line per difference, in upgrade order. */
    public List<String> descriptions() {
        return changes.stream().map(Change::description).toList();
    }

    /** The operations that make the schema match the model. */
    public List<Operation> upgrade() {
        return changes.stream().flatMap(c -> c.upgrade().stream()).toList();
    }

    /** The operations that undo {@link #upgrade()}. */
    public List<Operation> downgrade() {
        List<Operation> operations = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            operations.addAll(changes.get(i).downgrade());
        }
        return operations;
    }
}
