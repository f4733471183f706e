package dev.migrate.engine.plan;

import java.util.Objects;

/**
 * One statement against the version table, which holds one row per current head (Alembic's
 * HeadMaintainer): a new branch inserts a row, a step along a branch updates it, a merge deletes
 * all but one parent row, and removing a branch deletes its row.
 */
public sealed interface VersionChange permits VersionChange.Insert, VersionChange.Update, VersionChange.Delete {

    /** {@code INSERT} a row for a new branch head. */
    record Insert(String revision) implements VersionChange {

        public Insert {
            Objects.requireNonNull(revision, "revision");
        }

        @Override
        public String toString() {
            return "INSERT " + revision;
        }
    }

    /** {@code UPDATE} the row {@code from} to {@code to}. */
    record Update(String from, String to) implements VersionChange {

        public Update {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String toString() {
            return "UPDATE " + from + " -> " + to;
        }
    }

    /** {@code DELETE} the row of a head that goes away. */
    record Delete(String revision) implements VersionChange {

        public Delete {
            Objects.requireNonNull(revision, "revision");
        }

        @Override
        public String toString() {
            return "DELETE " + revision;
        }
    }
}
