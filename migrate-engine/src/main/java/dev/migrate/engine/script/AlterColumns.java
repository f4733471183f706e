package dev.migrate.engine.script;

import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code alter_column} of declarative revisions: one {@link AlterColumn} per key given, in the
 * order type, nullable, server_default ({@code null} drops it), comment ({@code null} removes it),
 * new_name (last, so the other changes apply to the old name).
 */
final class AlterColumns {

    static final Set<String> KEYS = Set.of("table", "column", "type", "using", "nullable", "server_default", "comment",
            "new_name");

    private AlterColumns() {
    }

    static List<Operation> read(Fields f) {
        QualifiedName table = f.table("table");
        String column = f.string("column");
        List<ColumnChange> changes = new ArrayList<>();
        if (f.has("type")) {
            changes.add(new ColumnChange.SetType(DeclarativeTypes.parse(f.raw("type"), "type"), f.expression("using")));
        }
        if (f.has("nullable")) {
            changes.add(new ColumnChange.SetNullable(f.bool("nullable", true)));
        }
        if (f.has("server_default")) {
            Optional<SqlExpression> value = f.expression("server_default");
            changes.add(value.<ColumnChange>map(ColumnChange.SetDefault::new).orElse(new ColumnChange.DropDefault()));
        }
        if (f.has("comment")) {
            changes.add(new ColumnChange.SetComment(f.optionalString("comment")));
        }
        if (f.has("new_name")) {
            changes.add(new ColumnChange.Rename(f.string("new_name")));
        }
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("alter_column " + table + "." + column + " changes nothing; give type, "
                    + "nullable, server_default, comment or new_name");
        }
        return changes.stream().<Operation>map(change -> new AlterColumn(table, column, change)).toList();
    }
}
