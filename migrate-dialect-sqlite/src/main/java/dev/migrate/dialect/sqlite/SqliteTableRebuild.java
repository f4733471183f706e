package dev.migrate.dialect.sqlite;

import dev.migrate.api.MigrateException;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.ReplayedOperation;
import dev.migrate.api.spi.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One SQLite table rebuild ("move and copy", the 12-step procedure of
 * https://www.sqlite.org/lang_altertable.html#otheralter) inside the migration's transaction: the
 * new table is created under a temporary name from the replayed "after" definition, the rows are
 * copied, the old table is dropped and the new one renamed, and its indexes are created again.
 * Guards stop it, before anything changes, when the live table is not what the migrations say or
 * when triggers or views use the table; after the copy, {@code PRAGMA foreign_key_check} must find
 * no violation. When other tables refer to it, foreign-key enforcement is switched off before the
 * transaction opens (with it on, {@code DROP TABLE} would fire their {@code ON DELETE} actions) and
 * put back after it ends.
 */
final class SqliteTableRebuild {

    private static final String PREFIX = "_migrate_new_";
    private static final String FOREIGN_KEYS_OFF = "PRAGMA foreign_keys = OFF";
    private static final String FOREIGN_KEYS_ON = "PRAGMA foreign_keys = ON";

    private final SqliteDialect dialect;
    private final SqliteDdlRenderer renderer;
    private final List<ReplayedOperation> run;
    private final List<String> reasons;
    private final List<String> along;
    private final QualifiedName name;
    private final TableDef before;
    private final TableDef after;
    private final SchemaModel schemaAfter;

    /**
     * @param run the changes to the table, in order; the rebuild goes from the table's definition before
     *     the first to its definition after the last
     * @param reasons why SQLite cannot do some of them in place, as the offline comment names them
     * @param along the other changes the rebuild carries out, as the offline comment names them
     */
    SqliteTableRebuild(SqliteDialect dialect, List<ReplayedOperation> run, List<String> reasons, List<String> along) {
        this.dialect = dialect;
        this.run = run;
        this.reasons = reasons;
        this.along = along;
        ReplayedOperation first = run.get(0);
        this.name = SqliteRebuilds.tableChanged(first.operation()).orElseThrow();
        this.before = first.before().table(name).orElseThrow(() -> new MigrateException(MigrateException.Kind.REVISION,
                "SQLite cannot " + reasons.get(0) + " in place, and the table rebuild that would do it needs the table's "
                        + "definition, but the replayed schema has no " + name + " (created by raw SQL?). Create it with "
                        + "op.createTable(...), or write the rebuild with op.execute(...)."));
        this.schemaAfter = run.get(run.size() - 1).after();
        this.after = schemaAfter.table(name).orElseThrow();
        this.renderer = new SqliteDdlRenderer(dialect, first.before());
    }

    List<Statement> statements() {
        QualifiedName temporary = new QualifiedName(name.schema(), PREFIX + name.name());
        String table = renderer.tableName(name);
        List<String> children = children();
        List<Statement> statements = new ArrayList<>();
        if (!children.isEmpty()) {
            // SQLite: with enforcement on, DROP TABLE deletes the rows first and fires the children's ON DELETE
            // actions, and PRAGMA foreign_keys is a no-op inside a transaction: switch it off before BEGIN.
            statements.add(Statement.beforeTransaction(FOREIGN_KEYS_OFF));
            statements.add(Statement.restoreAfterTransaction(
                    "SELECT '" + FOREIGN_KEYS_ON + "' FROM pragma_foreign_keys WHERE foreign_keys = 1", FOREIGN_KEYS_ON));
        }
        statements.add(liveTableGuard(children));
        statements.add(dependentsGuard());
        if (!children.isEmpty() || hasForeignKeys(after)) {
            statements.add(Statement.of("PRAGMA defer_foreign_keys = ON"));
        }
        statements.add(Statement.of(renderer.createTableSql(rename(after, temporary))));
        Map<String, String> sources = sources();
        List<String> copied = after.columns().stream().map(ColumnDef::name).filter(sources::containsKey).toList();
        if (!copied.isEmpty()) {
            statements.add(Statement.of("INSERT INTO " + renderer.tableName(temporary) + " " + renderer.columnList(copied)
                    + " SELECT " + copied.stream().map(sources::get).collect(Collectors.joining(", ")) + " FROM " + table));
        }
        if (autoincrement(before) && autoincrement(after)) {
            // SQLite: DROP TABLE forgets the AUTOINCREMENT counter; the new table takes over the old one's.
            String tmp = dialect.literal(temporary.name());
            statements.add(Statement.of("DELETE FROM sqlite_sequence WHERE name = " + tmp));
            statements.add(Statement.of("INSERT INTO sqlite_sequence (name, seq) SELECT " + tmp
                    + ", seq FROM sqlite_sequence WHERE name = " + dialect.literal(name.name())));
        }
        statements.add(Statement.of("DROP TABLE " + table));
        statements.add(Statement.of("ALTER TABLE " + renderer.tableName(temporary) + " RENAME TO "
                + dialect.quoteIdentifier(name.name())));
        after.indexes().forEach(i -> statements.add(Statement.of(renderer.createIndexSql(name, i))));
        if (!children.isEmpty() || hasForeignKeys(after)) {
            statements.add(foreignKeyCheck(children));
        }
        return statements;
    }

    /** For each column of the new table that has one, the expression over the old table that fills it. */
    private Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        before.columns().forEach(c -> sources.put(c.name(), dialect.quoteIdentifier(c.name())));
        for (ReplayedOperation replayed : run) {
            if (replayed.operation() instanceof DropColumn drop) {
                sources.remove(drop.column());
            } else if (replayed.operation() instanceof AlterColumn alter && sources.containsKey(alter.column())) {
                if (alter.change() instanceof ColumnChange.Rename rename) {
                    sources.put(rename.newName(), sources.remove(alter.column()));
                } else if (alter.change() instanceof ColumnChange.SetType type && type.using().isPresent()) {
                    sources.put(alter.column(), "(" + dialect.expressions().render(type.using().get()) + ")");
                }
            }
        }
        return sources;
    }

    /** Tables other than this one whose foreign keys refer to it, before or after. */
    private List<String> children() {
        return schemaAfter.tables().stream().filter(t -> !t.name().equals(name))
                .filter(t -> t.constraints().stream().anyMatch(c -> c instanceof Constraint.ForeignKey fk
                        && fk.referredTable().equals(name)))
                .map(t -> t.name().name()).toList();
    }

    // Guards: each a query for online runs, and its offline form.

    private Statement liveTableGuard(List<String> children) {
        String expected = before.columns().stream().map(c -> "(" + dialect.literal(c.name()) + ", "
                + dialect.literal(renderer.declaredType(c)) + ", " + (c.nullable() ? 0 : 1) + ")")
                .collect(Collectors.joining(", "));
        String indexes = before.indexes().isEmpty() ? "SELECT NULL WHERE 0"
                : "VALUES " + before.indexes().stream().map(i -> "(" + dialect.literal(i.name()) + ")").collect(Collectors.joining(", "));
        String t = dialect.literal(name.name());
        String live = "(SELECT name, upper(type) AS type, \"notnull\" FROM pragma_table_info(" + t + "))";
        String query = "WITH expected(name, type, nn) AS (VALUES " + expected + "), live AS " + live
                + ", expected_index(name) AS (" + indexes + ")"
                + " SELECT 'the live table " + name + " has no column ' || name || ', which the migrations created'"
                + " FROM expected WHERE name NOT IN (SELECT name FROM live)"
                + " UNION ALL SELECT 'the live table " + name + " has a column ' || name || ' that the migrations do not know'"
                + " FROM live WHERE name NOT IN (SELECT name FROM expected)"
                + " UNION ALL SELECT 'column " + name + ".' || e.name || ' is ' || l.type || CASE l.\"notnull\" WHEN 1"
                + " THEN ' NOT NULL' ELSE '' END || ' live but ' || e.type || CASE e.nn WHEN 1 THEN ' NOT NULL' ELSE '' END"
                + " || ' in the migrations' FROM expected e JOIN live l ON l.name = e.name"
                + " WHERE l.type <> upper(e.type) OR l.\"notnull\" <> e.nn"
                + " UNION ALL SELECT 'the live table " + name + " has no index ' || name || ', which the migrations created'"
                + " FROM expected_index WHERE name NOT IN (SELECT name FROM pragma_index_list(" + t + "))"
                + " UNION ALL SELECT 'the live table " + name + " has an index ' || name || ' that the migrations do not know"
                + " (the rebuild would lose it)' FROM pragma_index_list(" + t + ") WHERE origin = 'c'"
                + " AND name NOT IN (SELECT name FROM expected_index)";
        return Statement.guard(query, "-- Rebuilding table " + name + ": SQLite cannot " + String.join(", ", reasons)
                + " in place." + (along.isEmpty() ? "" : "\n-- The same rebuild carries out: " + String.join(", ", along) + ".")
                + "\n-- The new table is created, the rows copied, the old table dropped and the new one renamed;"
                + " indexes are created again.\n-- Online, migrate first checks that the live table has the columns and"
                + " indexes the migrations gave it." + (children.isEmpty() ? "" : "\n-- Other tables refer to " + name
                + " (" + String.join(", ", children) + "), so foreign-key enforcement is switched off before BEGIN (SQLite ignores PRAGMA"
                + " foreign_keys inside a transaction) and on after COMMIT (a script cannot read the session's setting,"
                + " so it ends with enforcement on)."));
    }

    private Statement dependentsGuard() {
        String t = dialect.literal(name.name());
        String query = "SELECT type || ' ' || name || ' uses table ' || " + t + " || ', and a rebuild would drop or break"
                + " it: drop it before this change and create it again after' FROM sqlite_master WHERE type IN ('trigger',"
                + " 'view') AND (tbl_name = " + t + " OR instr(lower(sql), lower(" + t + ")) > 0)";
        return Statement.guard(query, offlineCheck("migrate_rebuild_dependents",
                "migrate: a table rebuild stops here, as triggers or views use the table (drop them before, create them after)",
                query));
    }

    private Statement foreignKeyCheck(List<String> children) {
        List<String> tables = new ArrayList<>();
        if (hasForeignKeys(after)) {
            tables.add(name.name());
        }
        tables.addAll(children);
        String query = tables.stream().map(t -> "SELECT 'after the rebuild of " + name + ", row ' || rowid || ' of ' || \"table\""
                        + " || ' refers to a missing row of ' || parent FROM pragma_foreign_key_check(" + dialect.literal(t) + ")")
                .collect(Collectors.joining(" UNION ALL "));
        return Statement.guard(query, offlineCheck("migrate_rebuild_foreign_keys",
                "migrate: a table rebuild stops here, as rows break foreign keys (see PRAGMA foreign_key_check)", query));
    }

    /**
     * The offline form of a guard: a statement that fails the script (with a CHECK constraint
     * named by {@code message}) when {@code query} returns rows.
     */
    private String offlineCheck(String table, String message, String query) {
        return "CREATE TEMP TABLE IF NOT EXISTS " + table + " (problem TEXT CONSTRAINT " + dialect.quoteIdentifier(message)
                + " CHECK (problem IS NULL));\nINSERT INTO " + table + " " + query;
    }

    // Definitions

    private static TableDef rename(TableDef table, QualifiedName newName) {
        return new TableDef(newName, table.columns(), table.constraints(), table.indexes(), table.comment());
    }

    private static boolean hasForeignKeys(TableDef table) {
        return table.constraints().stream().anyMatch(Constraint.ForeignKey.class::isInstance);
    }

    private static boolean autoincrement(TableDef table) {
        return table.columns().stream().anyMatch(ColumnDef::autoincrement);
    }

    /** The table's own columns a constraint covers; none for a check, whose condition is opaque. */
    static List<String> columnsOf(Constraint constraint) {
        if (constraint instanceof Constraint.PrimaryKey pk) {
            return pk.columns();
        } else if (constraint instanceof Constraint.Unique unique) {
            return unique.columns();
        }
        return constraint instanceof Constraint.ForeignKey fk ? fk.columns() : List.of();
    }
}
