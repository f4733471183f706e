package dev.migrate.engine.script;

import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.uniqueIndex;
import static dev.migrate.api.schema.ColumnTypes.BOOLEAN;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP;
import static dev.migrate.api.schema.ColumnTypes.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.api.MigrateException;
import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.operation.UpdateRows;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.engine.compiler.JavaRevisionLoader;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.source.RevisionScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java revision scripts compiled in-process, run against the recorder, and cached by content. */
class JavaRevisionsTest {

    private static final String CREATE_USERS = """
            import static dev.migrate.api.Schema.*;
            import static dev.migrate.api.schema.ColumnTypes.*;

            import dev.migrate.api.*;

            @Revision(id = "20260117_0930", revises = {}, message = "Create users table")
            class CreateUsersTable implements Migration {
                @Override
                public void upgrade(Operations op) {
                    op.createTable("users",
                            column("id", INTEGER).notNull().autoincrementing(),
                            column("email", varchar(255)).notNull(),
                            column("is_active", BOOLEAN),
                            column("created_at", TIMESTAMP).notNull(),
                            primaryKey("id"));
                    op.createIndex("users", uniqueIndex("ix_users_email", "email"));
                }

                @Override
                public void downgrade(Operations op) {
                    op.dropTable("users");
                }
            }
            """;

    private static final String ADD_AVATAR = """
            package whatever.it.likes;

            import dev.migrate.api.*;
            import dev.migrate.api.schema.ColumnTypes;

            @Revision(id = "20260117_1100", revises = "20260117_0930", message = "Add avatar")
            public class AddAvatar implements Migration {
                private AddAvatar() {
                }

                public void upgrade(Operations op) {
                    op.addColumn("users", Schema.column("avatar_url", ColumnTypes.varchar(500)));
                }

                public void downgrade(Operations op) {
                    op.dropColumn("users", "avatar_url");
                }
            }
            """;

    private static final String FULL_NAME = """
            import dev.migrate.api.*;
            import java.util.Map;

            @Revision(id = "20260118_0800", revises = "20260117_1100", message = "Fill full_name")
            final class FillFullName implements Migration {
                public void upgrade(Operations op) {
                    op.update("users", Map.of("full_name", "first_name || ' ' || last_name"));
                    if (op.arguments().containsKey("fail")) {
                        throw new IllegalStateException("told to fail");
                    }
                }

                public void downgrade(Operations op) {
                    op.update("users", Map.of("full_name", " "));
                }
            }
            """;

    @TempDir
    Path dir;

    private String previousCacheDir;

    @BeforeEach
    void isolateCache() {
        previousCacheDir = System.getProperty("migrate.cache.dir");
        System.setProperty("migrate.cache.dir", dir.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (previousCacheDir == null) {
            System.clearProperty("migrate.cache.dir");
        } else {
            System.setProperty("migrate.cache.dir", previousCacheDir);
        }
    }

    private RevisionHeader script(String file, String source) throws IOException {
        return RevisionScripts.read(Files.writeString(dir.resolve(file), source));
    }

    private List<Operation> load(RevisionHeader header, Direction direction, JavaRevisionLoader loader) {
        return RevisionOperations.load(header, direction, Projects.config(dir, Map.of()), loader);
    }

    private static JavaRevisionLoader newLoader() {
        return new JavaRevisionLoader(Optional.ofNullable(ToolProvider.getSystemJavaCompiler()));
    }

    @Test
    void createTableScriptRecordsTheSeedsUsersTable() throws IOException {
        List<Operation> ops = load(script("20260117_0930_create_users_table.java", CREATE_USERS), Direction.UPGRADE, newLoader());
        TableDef users = ((CreateTable) ops.get(0)).table();
        assertEquals(List.of(ColumnDef.of("id", INTEGER).notNull().autoincrementing(), ColumnDef.of("email", varchar(255)).notNull(),
                column("is_active", BOOLEAN), column("created_at", TIMESTAMP).notNull()), users.columns());
        assertEquals(List.of(primaryKey("id").withName("pk_users")), users.constraints());
        assertEquals(new CreateIndex(QualifiedName.of("users"), uniqueIndex("ix_users_email", "email"), false, false), ops.get(1));
    }

    @Test
    void downgradeRunsTheOtherMethod() throws IOException {
        RevisionHeader header = script("create_users.java", CREATE_USERS);
        assertEquals(List.of(new DropTable(QualifiedName.of("users"), false)), load(header, Direction.DOWNGRADE, newLoader()));
    }

    @Test
    void publicClassInAPackageWithAPrivateConstructorUnderAnyFileName() throws IOException {
        RevisionHeader header = script("20260117_1100_add_avatar_to_users.java", ADD_AVATAR);
        JavaRevisionLoader loader = newLoader();
        assertEquals(List.of(new AddColumn(QualifiedName.of("users"), column("avatar_url", varchar(500)), false)),
                load(header, Direction.UPGRADE, loader));
        assertEquals(List.of(new DropColumn(QualifiedName.of("users"), "avatar_url", false)),
                load(header, Direction.DOWNGRADE, loader));
        assertEquals(1, loader.compilations());
    }

    @Test
    void dataMigrationSeesArguments() throws IOException {
        RevisionHeader header = script("fill_full_name.java", FULL_NAME);
        assertEquals(List.of(new UpdateRows(QualifiedName.of("users"),
                Map.of("full_name", SqlExpression.of("first_name || ' ' || last_name")), Optional.empty())),
                load(header, Direction.UPGRADE, newLoader()));
        String failed = assertThrows(MigrateException.class, () -> RevisionOperations.load(header, Direction.UPGRADE,
                Projects.config(dir, Map.of("fail", "1")), newLoader())).getMessage();
        assertEquals("Revision 20260118_0800 (" + header.source() + ":9): upgrade() failed: IllegalStateException: "
                + "told to fail", failed);
        String invalid = assertThrows(MigrateException.class, () -> load(header, Direction.DOWNGRADE, newLoader())).getMessage();
        assertEquals("Revision 20260118_0800 (" + header.source() + ":14): downgrade() failed: Column full_name of users "
                + "needs an SQL expression, not blank text (write 'NULL' for NULL)", invalid);
    }

    @Test
    void compiledClassesAreCachedByContentAcrossRuns() throws IOException {
        RevisionHeader header = script("create_users.java", CREATE_USERS);
        JavaRevisionLoader first = newLoader();
        List<Operation> compiled = load(header, Direction.UPGRADE, first);
        assertEquals(1, first.compilations());
        JavaRevisionLoader second = newLoader();
        assertEquals(compiled, load(header, Direction.UPGRADE, second));
        assertEquals(0, second.compilations());
        RevisionHeader edited = script("create_users.java", CREATE_USERS.replace("varchar(255)", "varchar(320)"));
        List<Operation> recompiled = load(edited, Direction.UPGRADE, second);
        assertEquals(1, second.compilations());
        assertEquals(column("email", varchar(320)).notNull(), ((CreateTable) recompiled.get(0)).table().columns().get(1));
    }

    @Test
    void compileErrorIsOneLineWithFileLineAndCount() throws IOException {
        RevisionHeader header = script("broken.java", CREATE_USERS.replace("op.dropTable(\"users\");", "op.dropTabel(\"users\"); int x = \"s\";"));
        MigrateException e = assertThrows(MigrateException.class, () -> load(header, Direction.UPGRADE, newLoader()));
        assertEquals(MigrateException.Kind.REVISION, e.kind());
        assertEquals(header.source() + ":21: cannot find symbol; symbol:   method dropTabel(java.lang.String); location: "
                + "variable op of type dev.migrate.api.Operations (and 1 more error)", e.getMessage());
    }

    @Test
    void scriptWithoutMigrationClassIsRefused() throws IOException {
        RevisionHeader header = script("empty.java", "import dev.migrate.api.*;\n@Revision(id = \"e1\")\nclass Empty {}\n");
        assertEquals(header.source() + ": no class annotated @Revision implements Migration; a revision script declares "
                + "exactly one", assertThrows(MigrateException.class, () -> load(header, Direction.UPGRADE, newLoader()))
                .getMessage());
    }

    @Test
    void runtimeWithoutCompilerSaysToUseAJdk() throws IOException {
        RevisionHeader header = script("create_users.java", CREATE_USERS);
        JavaRevisionLoader jre = new JavaRevisionLoader(Optional.empty());
        assertEquals("Compiling Java revision scripts needs a JDK (javac); this Java runtime has none. Run migrate with "
                + "a JDK, or write revisions as YAML.", assertThrows(MigrateException.class,
                        () -> load(header, Direction.UPGRADE, jre)).getMessage());
    }
}
