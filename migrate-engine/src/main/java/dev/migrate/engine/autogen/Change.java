package dev.migrate.engine.autogen;

import dev.migrate.api.operation.Operation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between the target model and the compared schema, with the operations that make
 * the schema match the model and those that undo them.
 *
 * @param phase when, within the revision, the upgrade operations run
 * @param description what differs, e.g. {@code added column users.avatar_url}
 * @param warning a note for the reviewer written above the operations (a possible rename), if any
 * @param upgrade operations that remove the difference
 * @param downgrade operations that restore it
 */
public record Change(Phase phase, String description, Optional<String> warning, List<Operation> upgrade,
        List<Operation> downgrade) {

    public Change {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(warning, "warning");
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    static Change of(Phase phase, String description, List<Operation> upgrade, List<Operation> downgrade) {
        return new Change(phase, description, Optional.empty(), upgrade, downgrade);
    }

    static Change of(Phase phase, String description, Operation upgrade, Operation downgrade) {
        return of(phase, description, List.of(upgrade), List.of(downgrade));
    }

    Change warn(String text) {
        return new Change(phase, description, Optional.of(text), upgrade, downgrade);
    }

    /**
     * The order of an upgrade: what is in the way goes first (foreign keys, then indexes and other
     * constraints), new tables are created (each after the tables its foreign keys refer to), existing
     * tables change, then new constraints, indexes and foreign keys are added, and removed tables
     * are dropped last (each before the tables it refers to). The downgrade runs the reverse.
     */
    public enum Phase {
        DROP_FOREIGN_KEYS, DROP_INDEXES_AND_CONSTRAINTS, CREATE_TABLES, ALTER_TABLES, ADD_CONSTRAINTS_AND_INDEXES,
        ADD_FOREIGN_KEYS, DROP_TABLES
    }
}
