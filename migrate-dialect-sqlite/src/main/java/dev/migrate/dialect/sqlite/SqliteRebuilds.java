package dev.migrate.dialect.sqlite;

import dev.migrate.api.MigrateException;
import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.BatchAlterTable;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.ReplayedOperation;
import dev.migrate.api.spi.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a migration's operations into those SQLite's {@code ALTER TABLE} does in place and runs
 * of changes to one table that need a rebuild: a batch block is one run, and outside batches each
 * maximal run of consecutive column, index and constraint changes to one table is rebuilt once
 * when any of them needs it.
 */
final class SqliteRebuilds {

    private final SqliteDialect dialect;

    SqliteRebuilds(SqliteDialect dialect) {
        this.dialect = dialect;
    }

    List<Statement> render(List<ReplayedOperation> operations) {
        List<Statement> statements = new ArrayList<>();
        int start = 0;
        while (start < operations.size()) {
            int end = runEnd(operations, start);
            run(operations.subList(start, end)).stream()
                    .filter(s -> !s.aroundTransaction() || !statements.contains(s)).forEach(statements::add);
            start = end;
        }
        return statements;
    }

    /** The end (exclusive) of the run that starts at {@code start}. */
    private static int runEnd(List<ReplayedOperation> operations, int start) {
        ReplayedOperation first = operations.get(start);
        Optional<QualifiedName> table = tableChanged(first.operation());
        int end = start + 1;
        if (first.batch().isPresent()) {
            while (end < operations.size() && operations.get(end).batch().equals(first.batch())) {
                end++;
            }
        } else if (table.isPresent()) {
            while (end < operations.size() && operations.get(end).batch().isEmpty()
                    && tableChanged(operations.get(end).operation()).equals(table)) {
                end++;
            }
        }
        return end;
    }

    private List<Statement> run(List<ReplayedOperation> run) {
        List<String> reasons = new ArrayList<>();
        run.forEach(o -> reason(o).ifPresent(reasons::add));
        BatchAlterTable.Recreate recreate = run.get(0).batch().map(BatchAlterTable::recreate)
                .orElse(BatchAlterTable.Recreate.AUTO);
        if (recreate == BatchAlterTable.Recreate.NEVER && !reasons.isEmpty()) {
            throw new MigrateException(MigrateException.Kind.REVISION, "The batch on " + run.get(0).batch().get().table()
                    + " has recreate = never, but SQLite cannot " + reasons.get(0) + " in place. Allow the rebuild with "
                    + "recreate = auto, or leave that change out of the batch.");
        }
        if (recreate == BatchAlterTable.Recreate.ALWAYS && reasons.isEmpty()) {
            reasons.add("recreate = always");
        }
        if (reasons.isEmpty()) {
            List<Statement> statements = new ArrayList<>();
            run.forEach(o -> statements.addAll(dialect.render(o.operation(), o.before())));
            return statements;
        }
        return new SqliteTableRebuild(dialect, run, reasons).statements();
    }

    /** The table a column, index or constraint operation changes; empty for other operations. */
    static Optional<QualifiedName> tableChanged(Operation operation) {
        if (operation instanceof AddColumn o) {
            return Optional.of(o.table());
        } else if (operation instanceof DropColumn o) {
            return Optional.of(o.table());
        } else if (operation instanceof AlterColumn o) {
            // SQLite keeps no comments: a comment change is refused on its own, never rebuilt.
            return o.change() instanceof ColumnChange.SetComment ? Optional.empty() : Optional.of(o.table());
        } else if (operation instanceof CreateIndex o) {
            return Optional.of(o.table());
        } else if (operation instanceof DropIndex o) {
            return Optional.of(o.table());
        } else if (operation instanceof AddConstraint o) {
            return Optional.of(o.table());
        } else if (operation instanceof DropConstraint o) {
            return Optional.of(o.table());
        }
        return Optional.empty();
    }

    /** Why SQLite's ALTER TABLE cannot do the operation in place ("change the type of t.c"); empty when it can. */
    Optional<String> reason(ReplayedOperation replayed) {
        Operation operation = replayed.operation();
        if (operation instanceof AlterColumn alter) {
            String column = alter.table() + "." + alter.column();
            ColumnChange change = alter.change();
            if (change instanceof ColumnChange.SetType) {
                return Optional.of("change the type of " + column);
            } else if (change instanceof ColumnChange.SetNullable n) {
                return Optional.of((n.nullable() ? "drop NOT NULL from " : "set NOT NULL on ") + column);
            } else if (change instanceof ColumnChange.SetDefault || change instanceof ColumnChange.DropDefault) {
                return Optional.of("change the default of " + column);
            }
        } else if (operation instanceof AddConstraint add) {
            return Optional.of("add constraint " + add.constraint().name().orElse("(unnamed)") + " to " + add.table());
        } else if (operation instanceof DropConstraint drop) {
            return Optional.of("drop constraint " + drop.name() + " from " + drop.table());
        } else if (operation instanceof AddColumn add) {
            return addColumnReason(add);
        } else if (operation instanceof DropColumn drop) {
            return replayed.before().table(drop.table()).flatMap(t -> dropColumnReason(t, drop.column()));
        }
        return Optional.empty();
    }

    // SQLite: ADD COLUMN refuses NOT NULL without a default, and defaults that are not constants.
    private Optional<String> addColumnReason(AddColumn add) {
        ColumnDef column = add.column();
        String what = "add column " + add.table() + "." + column.name();
        if (add.ifNotExists()) {
            return Optional.empty(); // refused by the renderer, with its own message
        } else if (!column.nullable() && column.serverDefault().isEmpty()) {
            return Optional.of(what + " (NOT NULL without a default)");
        } else if (column.autoincrement()) {
            return Optional.of(what + " (AUTOINCREMENT)");
        } else if (column.serverDefault().filter(d -> !dialect.expressions().isLiteral(d)).isPresent()) {
            return Optional.of(what + " (a default that is not a constant)");
        }
        return Optional.empty();
    }

    // SQLite: DROP COLUMN refuses a column that a key, index, foreign key or CHECK uses.
    private static Optional<String> dropColumnReason(TableDef table, String column) {
        String what = "drop column " + table.name() + "." + column;
        Pattern word = Pattern.compile("(?<![\\w\"])\"?" + Pattern.quote(column.toLowerCase(Locale.ROOT)) + "\"?(?![\\w\"])");
        for (Constraint constraint : table.constraints()) {
            boolean uses = constraint instanceof Constraint.Check check
                    ? word.matcher(check.condition().sql().toLowerCase(Locale.ROOT)).find()
                    : SqliteTableRebuild.columnsOf(constraint).contains(column);
            if (uses) {
                return Optional.of(what + ", which " + constraint.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                        + constraint.name().orElse("(unnamed)") + " uses");
            }
        }
        return table.indexes().stream().filter(i -> i.columns().contains(column)
                        || i.where().filter(w -> word.matcher(w.sql().toLowerCase(Locale.ROOT)).find()).isPresent())
                .findFirst().map(i -> what + ", which index " + i.name() + " uses");
    }
}
