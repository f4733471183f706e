package dev.migrate.cli.rendering;

import static dev.migrate.api.Schema.check;
import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.foreignKey;
import static dev.migrate.api.Schema.index;
import static dev.migrate.api.Schema.partialIndex;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.unique;
import static dev.migrate.api.schema.ColumnTypes.BIGINT;
import static dev.migrate.api.schema.ColumnTypes.BINARY;
import static dev.migrate.api.schema.ColumnTypes.BOOLEAN;
import static dev.migrate.api.schema.ColumnTypes.DATE;
import static dev.migrate.api.schema.ColumnTypes.DOUBLE;
import static dev.migrate.api.schema.ColumnTypes.FLOAT;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.JSON;
import static dev.migrate.api.schema.ColumnTypes.SMALLINT;
import static dev.migrate.api.schema.ColumnTypes.TEXT;
import static dev.migrate.api.schema.ColumnTypes.TIME;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP_TZ;
import static dev.migrate.api.schema.ColumnTypes.UUID;
import static dev.migrate.api.schema.ColumnTypes.enumOf;
import static dev.migrate.api.schema.ColumnTypes.numeric;
import static dev.migrate.api.schema.ColumnTypes.raw;
import static dev.migrate.api.schema.ColumnTypes.varchar;
import static dev.migrate.tck.Rendering.op;

import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.BulkInsert;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DeleteRows;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.ExecuteSql;
import dev.migrate.api.operation.InsertRows;
import dev.migrate.api.operation.RenameTable;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.operation.UpdateRows;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint.Deferrable;
import dev.migrate.api.schema.Constraint.ReferentialAction;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole SQL of every operation and column type on PostgreSQL, MySQL/MariaDB and SQLite, side by side. */
class OperationRenderingTest {

    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final ColumnDef EMAIL = column("email", varchar(255)).notNull().serverDefault("'none'").comment("Login");
    private static final TableDef USERS_TABLE = table(USERS, List.of(column("id", INTEGER).notNull(), EMAIL),
            Optional.empty());

    // Column types, one column each

    @Test
    void integerTypes() {
        type(INTEGER).postgres(add("c INTEGER")).mysql(add("c INTEGER")).sqlite(add("c INTEGER"));
        type(BIGINT).postgres(add("c BIGINT")).mysql(add("c BIGINT")).sqlite(add("c BIGINT"));
        type(SMALLINT).postgres(add("c SMALLINT")).mysql(add("c SMALLINT")).sqlite(add("c SMALLINT"));
    }

    @Test
    void booleanStringAndNumericTypes() {
        type(BOOLEAN).postgres(add("c BOOLEAN")).mysql(add("c BOOLEAN")).sqlite(add("c BOOLEAN"));
        type(varchar(40)).postgres(add("c VARCHAR(40)")).mysql(add("c VARCHAR(40)")).sqlite(add("c VARCHAR(40)"));
        type(TEXT).postgres(add("c TEXT")).mysql(add("c TEXT")).sqlite(add("c TEXT"));
        type(numeric(10, 2)).postgres(add("c NUMERIC(10, 2)")).mysql(add("c NUMERIC(10, 2)")).sqlite(add("c NUMERIC(10, 2)"));
        type(FLOAT).postgres(add("c REAL")).mysql(add("c FLOAT")).sqlite(add("c REAL"));
        type(DOUBLE).postgres(add("c DOUBLE PRECISION")).mysql(add("c DOUBLE")).sqlite(add("c DOUBLE PRECISION"));
    }

    @Test
    void dateAndTimeTypes() {
        type(DATE).postgres(add("c DATE")).mysql(add("c DATE")).sqlite(add("c DATE"));
        type(TIME).postgres(add("c TIME")).mysql(add("c TIME(6)")).sqlite(add("c TIME"));
        type(TIMESTAMP).postgres(add("c TIMESTAMP")).mysql(add("c DATETIME(6)")).sqlite(add("c TIMESTAMP"));
        type(TIMESTAMP_TZ).postgres(add("c TIMESTAMP WITH TIME ZONE")).mysql(add("c TIMESTAMP(6)")).sqlite(add("c TIMESTAMP"));
    }

    @Test
    void jsonUuidBinaryAndRawTypes() {
        type(JSON).postgres(add("c JSON")).mysql(add("c JSON")).sqlite(add("c TEXT"));
        type(UUID).postgres(add("c UUID")).mysql(add("c CHAR(36)")).sqlite(add("c TEXT"));
        type(BINARY).postgres(add("c BYTEA")).mysql(add("c LONGBLOB")).sqlite(add("c BLOB"));
        type(raw("INTEGER[]", Map.of("mysql", "JSON", "sqlite", "TEXT")))
                .postgres(add("c INTEGER[]")).mysql(add("c JSON")).sqlite(add("c TEXT"));
    }

    @Test
    void enumTypeIsANamedTypeOnPostgresEnumOnMysqlAndACheckOnSqlite() {
        ColumnType mood = enumOf("mood", "sad", "ok", "happy");
        type(mood)
                .postgres("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')", add("c mood"))
                .mysql(add("c ENUM('sad', 'ok', 'happy')"))
                .sqlite(add("c VARCHAR(5) CHECK (c IN ('sad', 'ok', 'happy'))"));
        TableDef other = table(QualifiedName.of("other"), List.of(column("m", mood)), Optional.empty());
        type(mood).before(other).postgres(add("c mood"));
    }

    // Tables

    @Test
    void createTableWithEveryKindOfConstraintAndComments() {
        TableDef orders = table(QualifiedName.of("orders"), List.of(
                column("id", BIGINT).notNull().autoincrementing(),
                column("user_id", INTEGER).notNull().comment("Who's ordering"),
                column("total", numeric(10, 2)).notNull().serverDefault("0"),
                column("placed_at", TIMESTAMP).serverDefault("CURRENT_TIMESTAMP"),
                column("label", varchar(20)).serverDefault("'it''s'"),
                column("Order", INTEGER)),
                Optional.of("Orders placed"),
                primaryKey("id"),
                unique("uq_orders_label", "label"),
                foreignKey("user_id").references("users", "id").onDelete(ReferentialAction.CASCADE).withName("fk_orders_user"),
                check("ck_orders_total", "total >= 0"));
        op(new CreateTable(orders, false))
                .postgres("CREATE TABLE orders (id BIGINT NOT NULL GENERATED BY DEFAULT AS IDENTITY, user_id INTEGER NOT NULL,"
                        + " total NUMERIC(10, 2) NOT NULL DEFAULT 0, placed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,"
                        + " label VARCHAR(20) DEFAULT 'it''s', \"Order\" INTEGER, PRIMARY KEY (id),"
                        + " CONSTRAINT uq_orders_label UNIQUE (label),"
                        + " CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,"
                        + " CONSTRAINT ck_orders_total CHECK (total >= 0))",
                        "COMMENT ON TABLE orders IS 'Orders placed'",
                        "COMMENT ON COLUMN orders.user_id IS 'Who''s ordering'")
                .mysql("CREATE TABLE orders (id BIGINT NOT NULL AUTO_INCREMENT, user_id INTEGER NOT NULL COMMENT 'Who''s ordering',"
                        + " total NUMERIC(10, 2) NOT NULL DEFAULT 0, placed_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP,"
                        + " label VARCHAR(20) DEFAULT 'it''s', `Order` INTEGER, PRIMARY KEY (id),"
                        + " CONSTRAINT uq_orders_label UNIQUE (label),"
                        + " CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,"
                        + " CONSTRAINT ck_orders_total CHECK (total >= 0)) COMMENT = 'Orders placed'")
                .sqlite("CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL,"
                        + " total NUMERIC(10, 2) NOT NULL DEFAULT 0, placed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,"
                        + " label VARCHAR(20) DEFAULT 'it''s', \"Order\" INTEGER,"
                        + " CONSTRAINT uq_orders_label UNIQUE (label),"
                        + " CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,"
                        + " CONSTRAINT ck_orders_total CHECK (total >= 0))");
    }

    @Test
    void createTableIfNotExistsInASchemaWithExpressionDefaults() {
        TableDef notes = table(QualifiedName.of("app", "notes"), List.of(
                column("body", TEXT).serverDefault("lower('X')"),
                column("n", INTEGER).serverDefault("-1")), Optional.empty());
        op(new CreateTable(notes, true))
                .postgres("CREATE TABLE IF NOT EXISTS app.notes (body TEXT DEFAULT LOWER('X'), n INTEGER DEFAULT -1)")
                .mysql("CREATE TABLE IF NOT EXISTS app.notes (body TEXT DEFAULT (LOWER('X')), n INTEGER DEFAULT -1)")
                .sqlite("CREATE TABLE IF NOT EXISTS app.notes (body TEXT DEFAULT (LOWER('X')), n INTEGER DEFAULT -1)");
    }

    @Test
    void dropTableDropsPostgresEnumTypesNoOtherTableUses() {
        ColumnType mood = enumOf("mood", "sad", "happy");
        ColumnType size = enumOf("size", "s", "l");
        TableDef people = table(QualifiedName.of("people"), List.of(column("m", mood), column("s", size)), Optional.empty());
        TableDef shirts = table(QualifiedName.of("shirts"), List.of(column("s", size)), Optional.empty());
        op(new DropTable(QualifiedName.of("people"), false)).before(people, shirts)
                .postgres("DROP TABLE people", "DROP TYPE mood")
                .mysql("DROP TABLE people")
                .sqlite("DROP TABLE people");
        op(new DropTable(QualifiedName.of("user"), true))
                .postgres("DROP TABLE IF EXISTS \"user\"")
                .mysql("DROP TABLE IF EXISTS `user`")
                .sqlite("DROP TABLE IF EXISTS \"user\"");
    }

    @Test
    void renameTable() {
        op(new RenameTable(USERS, "accounts"))
                .postgres("ALTER TABLE users RENAME TO accounts")
                .mysql("ALTER TABLE users RENAME TO accounts")
                .sqlite("ALTER TABLE users RENAME TO accounts");
    }

    @Test
    void setTableComment() {
        op(new SetTableComment(USERS, Optional.of("People's accounts")))
                .postgres("COMMENT ON TABLE users IS 'People''s accounts'")
                .mysql("ALTER TABLE users COMMENT = 'People''s accounts'")
                .sqliteRefuses("SQLite cannot store comments, so SetTableComment on users has nowhere to go."
                        + " Leave it out of SQLite migrations.");
        op(new SetTableComment(USERS, Optional.empty()))
                .postgres("COMMENT ON TABLE users IS NULL")
                .mysql("ALTER TABLE users COMMENT = ''");
    }

    // Columns

    @Test
    void addColumnWithAutoincrementCommentAndIfNotExists() {
        op(new AddColumn(USERS, column("nick", varchar(30)).notNull().serverDefault("'anon'").comment("Shown name"), false))
                .postgres("ALTER TABLE users ADD COLUMN nick VARCHAR(30) NOT NULL DEFAULT 'anon'",
                        "COMMENT ON COLUMN users.nick IS 'Shown name'")
                .mysql("ALTER TABLE users ADD COLUMN nick VARCHAR(30) NOT NULL DEFAULT 'anon' COMMENT 'Shown name'")
                .sqlite("ALTER TABLE users ADD COLUMN nick VARCHAR(30) NOT NULL DEFAULT 'anon'");
        op(new AddColumn(USERS, column("seen", BOOLEAN), true))
                .postgres("ALTER TABLE users ADD COLUMN IF NOT EXISTS seen BOOLEAN")
                .mysql("ALTER TABLE users ADD COLUMN IF NOT EXISTS seen BOOLEAN")
                .sqliteRefuses("SQLite cannot ADD COLUMN IF NOT EXISTS (users.seen); add the column without ifNotExists,"
                        + " or check pragma_table_info with op.execute(...).");
    }

    @Test
    void dropColumn() {
        op(new DropColumn(USERS, "email", false))
                .postgres("ALTER TABLE users DROP COLUMN email")
                .mysql("ALTER TABLE users DROP COLUMN email")
                .sqlite("ALTER TABLE users DROP COLUMN email");
        op(new DropColumn(USERS, "email", true))
                .postgres("ALTER TABLE users DROP COLUMN IF EXISTS email")
                .mysql("ALTER TABLE users DROP COLUMN IF EXISTS email")
                .sqliteRefuses("SQLite cannot DROP COLUMN IF EXISTS (users.email); drop the column without ifExists.");
    }

    @Test
    void alterColumnType() {
        alter(new ColumnChange.SetType(TEXT, Optional.empty()))
                .postgres("ALTER TABLE users ALTER COLUMN email TYPE TEXT")
                .mysql("ALTER TABLE users MODIFY COLUMN email TEXT NOT NULL DEFAULT 'none' COMMENT 'Login'")
                .sqliteRefuses(rebuild("SetType"));
        alter(new ColumnChange.SetType(INTEGER, Optional.of(SqlExpression.of("CAST(email AS INTEGER)"))))
                .postgres("ALTER TABLE users ALTER COLUMN email TYPE INTEGER USING CAST(email AS INTEGER)")
                .mysqlRefuses("MySQL cannot ALTER COLUMN users.email (SetType) with USING; MODIFY COLUMN converts the"
                        + " values itself. Drop the USING expression, or convert with op.execute(...).");
    }

    @Test
    void alterColumnNullability() {
        alter(new ColumnChange.SetNullable(true))
                .postgres("ALTER TABLE users ALTER COLUMN email DROP NOT NULL")
                .mysql("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) DEFAULT 'none' COMMENT 'Login'")
                .sqliteRefuses(rebuild("SetNullable"));
        alter(new ColumnChange.SetNullable(false))
                .postgres("ALTER TABLE users ALTER COLUMN email SET NOT NULL");
    }

    @Test
    void alterColumnDefault() {
        alter(new ColumnChange.SetDefault(SqlExpression.of("'a' || 'b'")))
                .postgres("ALTER TABLE users ALTER COLUMN email SET DEFAULT 'a' || 'b'")
                .mysql("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL DEFAULT (CONCAT('a', 'b')) COMMENT 'Login'")
                .sqliteRefuses(rebuild("SetDefault"));
        alter(new ColumnChange.DropDefault())
                .postgres("ALTER TABLE users ALTER COLUMN email DROP DEFAULT")
                .mysql("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL COMMENT 'Login'")
                .sqliteRefuses(rebuild("DropDefault"));
    }

    @Test
    void renameColumn() {
        alter(new ColumnChange.Rename("mail"))
                .postgres("ALTER TABLE users RENAME COLUMN email TO mail")
                .mysql("ALTER TABLE users RENAME COLUMN email TO mail")
                .sqlite("ALTER TABLE users RENAME COLUMN email TO mail");
    }

    @Test
    void alterColumnComment() {
        alter(new ColumnChange.SetComment(Optional.of("E-mail")))
                .postgres("COMMENT ON COLUMN users.email IS 'E-mail'")
                .mysql("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL DEFAULT 'none' COMMENT 'E-mail'")
                .sqliteRefuses("SQLite cannot store comments, so ALTER COLUMN users.email (SetComment) has nowhere to go."
                        + " Leave it out of SQLite migrations.");
        alter(new ColumnChange.SetComment(Optional.empty()))
                .postgres("COMMENT ON COLUMN users.email IS NULL")
                .mysql("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL DEFAULT 'none'");
    }

    @Test
    void mysqlAlterColumnNeedsTheColumnInTheReplayedSchema() {
        op(new AlterColumn(USERS, "missing", new ColumnChange.SetNullable(false))).before(USERS_TABLE)
                .mysqlRefuses("MySQL ALTER COLUMN users.missing (SetNullable) needs the column's current definition,"
                        + " but the replayed schema has no users.missing. Create it in an earlier revision, or write the"
                        + " change with op.execute(...).");
    }

    // Indexes

    @Test
    void createIndex() {
        op(new CreateIndex(USERS, index("ix_users_email", "email", "id"), false, false))
                .postgres("CREATE INDEX ix_users_email ON users (email, id)")
                .mysql("CREATE INDEX ix_users_email ON users (email, id)")
                .sqlite("CREATE INDEX ix_users_email ON users (email, id)");
        op(new CreateIndex(USERS, new IndexDef("ux_email", List.of("email"), true, Optional.empty()), true, false))
                .postgres("CREATE UNIQUE INDEX IF NOT EXISTS ux_email ON users (email)")
                .mysql("CREATE UNIQUE INDEX IF NOT EXISTS ux_email ON users (email)")
                .sqlite("CREATE UNIQUE INDEX IF NOT EXISTS ux_email ON users (email)");
    }

    @Test
    void partialAndConcurrentIndexes() {
        op(new CreateIndex(USERS, partialIndex("ix_live", "deleted_at IS NULL AND email <> ''", "email"), false, false))
                .postgres("CREATE INDEX ix_live ON users (email) WHERE deleted_at IS NULL AND email <> ''")
                .mysqlRefuses("MySQL cannot CREATE INDEX ix_live ON users WHERE deleted_at IS NULL AND email <> '':"
                        + " MySQL and MariaDB have no partial indexes. Drop the predicate, or index a generated column.")
                .sqlite("CREATE INDEX ix_live ON users (email) WHERE deleted_at IS NULL AND email <> ''");
        op(new CreateIndex(USERS, index("ix_email", "email"), false, true))
                .postgresOutsideTransaction("CREATE INDEX CONCURRENTLY ix_email ON users (email)")
                .mysql("CREATE INDEX ix_email ON users (email)")
                .sqlite("CREATE INDEX ix_email ON users (email)");
    }

    @Test
    void dropIndex() {
        op(new DropIndex(QualifiedName.of("app", "users"), "ix_email", true, false))
                .postgres("DROP INDEX IF EXISTS app.ix_email")
                .mysql("DROP INDEX IF EXISTS ix_email ON app.users")
                .sqlite("DROP INDEX IF EXISTS app.ix_email");
        op(new DropIndex(USERS, "ix_email", false, true))
                .postgresOutsideTransaction("DROP INDEX CONCURRENTLY ix_email")
                .mysql("DROP INDEX ix_email ON users")
                .sqlite("DROP INDEX ix_email");
    }

    // Constraints

    @Test
    void addConstraint() {
        op(new AddConstraint(USERS, unique("uq_email", "email")))
                .postgres("ALTER TABLE users ADD CONSTRAINT uq_email UNIQUE (email)")
                .mysql("ALTER TABLE users ADD CONSTRAINT uq_email UNIQUE (email)")
                .sqliteRefuses("SQLite cannot ADD CONSTRAINT uq_email (UNIQUE) to users" + REBUILD);
        op(new AddConstraint(USERS, foreignKey("team_id").references("teams", "id").onUpdate(ReferentialAction.SET_NULL)
                .deferrable(Deferrable.DEFERRABLE_INITIALLY_DEFERRED).withName("fk_team")))
                .postgres("ALTER TABLE users ADD CONSTRAINT fk_team FOREIGN KEY (team_id) REFERENCES teams (id)"
                        + " ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED")
                .mysqlRefuses("MySQL cannot create the deferrable FOREIGN_KEY constraint fk_team: MySQL and MariaDB check"
                        + " constraints at once. Remove deferrable(...) for MySQL.");
        op(new AddConstraint(USERS, check(null, "char_length(email) > 3")))
                .postgres("ALTER TABLE users ADD CHECK (CHAR_LENGTH(email) > 3)")
                .mysql("ALTER TABLE users ADD CHECK (CHAR_LENGTH(email) > 3)");
        op(new AddConstraint(USERS, primaryKey("id").withName("pk_users")))
                .postgres("ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id)")
                .mysql("ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id)");
    }

    @Test
    void dropConstraintNamesTheKindOnMysql() {
        drop(ConstraintKind.FOREIGN_KEY).postgres("ALTER TABLE users DROP CONSTRAINT c")
                .mysql("ALTER TABLE users DROP FOREIGN KEY c")
                .sqliteRefuses("SQLite cannot DROP CONSTRAINT c (FOREIGN_KEY) from users" + REBUILD);
        drop(ConstraintKind.UNIQUE).postgres("ALTER TABLE users DROP CONSTRAINT c").mysql("ALTER TABLE users DROP INDEX c");
        drop(ConstraintKind.PRIMARY_KEY).postgres("ALTER TABLE users DROP CONSTRAINT c").mysql("ALTER TABLE users DROP PRIMARY KEY");
        drop(ConstraintKind.CHECK).postgres("ALTER TABLE users DROP CONSTRAINT c").mysql("ALTER TABLE users DROP CONSTRAINT c");
        op(new DropConstraint(USERS, "c", ConstraintKind.FOREIGN_KEY, true))
                .postgres("ALTER TABLE users DROP CONSTRAINT IF EXISTS c")
                .mysql("ALTER TABLE users DROP FOREIGN KEY IF EXISTS c");
    }

    // SQL and data

    @Test
    void executeSqlPicksTheDialectsSpelling() {
        op(new ExecuteSql("VACUUM;", Map.of("mysql", "OPTIMIZE TABLE users")))
                .postgres("VACUUM")
                .mysql("OPTIMIZE TABLE users")
                .sqlite("VACUUM");
    }

    @Test
    void bulkInsertWritesOneInsertPerRowWithLiterals() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(1, "O'Brien \\ \"x\"", true, null));
        rows.add(Arrays.asList(2L, "line\nbreak", false, LocalDate.of(2024, 2, 29)));
        op(new BulkInsert(USERS, List.of("id", "name", "active", "since"), rows))
                .postgres("INSERT INTO users (id, name, active, since) VALUES (1, 'O''Brien \\ \"x\"', TRUE, NULL)",
                        "INSERT INTO users (id, name, active, since) VALUES (2, 'line\nbreak', FALSE, DATE '2024-02-29')")
                .mysql("INSERT INTO users (id, name, active, since) VALUES (1, 'O''Brien \\\\ \"x\"', TRUE, NULL)",
                        "INSERT INTO users (id, name, active, since) VALUES (2, 'line\\nbreak', FALSE, DATE '2024-02-29')")
                .sqlite("INSERT INTO users (id, name, active, since) VALUES (1, 'O''Brien \\ \"x\"', 1, NULL)",
                        "INSERT INTO users (id, name, active, since) VALUES (2, 'line\nbreak', 0, '2024-02-29')")
                // Online, the rows run as one batch of this prepared statement with the values bound.
                .prepared("postgres", "INSERT INTO users (id, name, active, since) VALUES (?, ?, ?, ?)")
                .prepared("mysql", "INSERT INTO users (id, name, active, since) VALUES (?, ?, ?, ?)")
                .prepared("sqlite", "INSERT INTO users (id, name, active, since) VALUES (?, ?, ?, ?)");
    }

    @Test
    void bulkInsertOfNumbersTimesUuidsAndBytes() {
        List<Object> row = List.of(new BigDecimal("12.50"), 1.5d, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000_000),
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
                java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new byte[] {(byte) 0xDE, 0x00, 0x1F});
        op(new BulkInsert(USERS, List.of("a", "b", "c", "d", "e", "f"), List.of(row)))
                .postgres("INSERT INTO users (a, b, c, d, e, f) VALUES (12.50, 1.5, TIMESTAMP '2024-01-02 03:04:05.6',"
                        + " TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05+02:00', '123e4567-e89b-12d3-a456-426614174000',"
                        + " '\\xDE001F'::bytea)")
                .mysql("INSERT INTO users (a, b, c, d, e, f) VALUES (12.50, 1.5, TIMESTAMP '2024-01-02 03:04:05.6',"
                        + " TIMESTAMP '2024-01-02 01:04:05', '123e4567-e89b-12d3-a456-426614174000', X'DE001F')")
                .sqlite("INSERT INTO users (a, b, c, d, e, f) VALUES (12.50, 1.5, '2024-01-02 03:04:05.6',"
                        + " '2024-01-02 03:04:05+02:00', '123e4567-e89b-12d3-a456-426614174000', X'DE001F')");
    }

    @Test
    void updateDeleteAndInsertWithPortableExpressions() {
        Map<String, SqlExpression> set = new LinkedHashMap<>();
        set.put("full_name", SqlExpression.of("first_name || ' ' || last_name"));
        set.put("note", SqlExpression.of("'can''t \\ stop'"));
        op(new UpdateRows(USERS, set, Optional.of(SqlExpression.of("full_name IS NULL"))))
                .postgres("UPDATE users SET full_name = first_name || ' ' || last_name, note = 'can''t \\ stop'"
                        + " WHERE full_name IS NULL")
                .mysql("UPDATE users SET full_name = CONCAT(first_name, ' ', last_name), note = 'can''t \\\\ stop'"
                        + " WHERE full_name IS NULL")
                .sqlite("UPDATE users SET full_name = first_name || ' ' || last_name, note = 'can''t \\ stop'"
                        + " WHERE full_name IS NULL");
        op(new DeleteRows(USERS, Optional.of(SqlExpression.of("created < CURRENT_TIMESTAMP"))))
                .postgres("DELETE FROM users WHERE created < CURRENT_TIMESTAMP")
                .mysql("DELETE FROM users WHERE created < CURRENT_TIMESTAMP")
                .sqlite("DELETE FROM users WHERE created < CURRENT_TIMESTAMP");
        op(new InsertRows(USERS, List.of("id", "created"), List.of(SqlExpression.of("1 + 1"), SqlExpression.of("now()"))))
                .postgres("INSERT INTO users (id, created) VALUES (1 + 1, now())")
                .mysql("INSERT INTO users (id, created) VALUES (1 + 1, now())")
                .sqlite("INSERT INTO users (id, created) VALUES (1 + 1, now())");
    }

    @Test
    void anExpressionCalciteCannotParseIsRefusedWithTheParsersMessage() {
        op(new DeleteRows(USERS, Optional.of(SqlExpression.of("id ="))))
                .postgresRefuses("Cannot parse the SQL expression 'id =' for postgres: Encountered \"= <EOF>\" at line 1,"
                        + " column 4. Write it in standard SQL, or use op.execute(...) with SQL per dialect.");
    }

    // Helpers

    private static final String REBUILD = " in place; it needs a table rebuild, which migrate does when it renders the"
            + " operation as part of a migration (Dialect.render(List<ReplayedOperation>)).";

    private static String rebuild(String change) {
        return "SQLite cannot ALTER COLUMN users.email (" + change + ")" + REBUILD;
    }

    private static dev.migrate.tck.Rendering type(ColumnType type) {
        return op(new AddColumn(USERS, column("c", type), false));
    }

    private static String add(String definition) {
        return "ALTER TABLE users ADD COLUMN " + definition;
    }

    private static dev.migrate.tck.Rendering alter(ColumnChange change) {
        return op(new AlterColumn(USERS, "email", change)).before(USERS_TABLE);
    }

    private static dev.migrate.tck.Rendering drop(ConstraintKind kind) {
        return op(new DropConstraint(USERS, "c", kind, false));
    }

    private static TableDef table(QualifiedName name, List<ColumnDef> columns, Optional<String> comment,
            dev.migrate.api.schema.Constraint... constraints) {
        return new TableDef(name, columns, List.of(constraints), List.of(), comment);
    }
}
