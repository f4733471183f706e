package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.engine.Migrate;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.execution.RunResult;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application migrating at start-up through {@link Migrate}, with its own DataSource. */
class EmbeddingTest {

    @TempDir
    Path dir;

    /** The smallest DataSource an application could hand over: connections from a JDBC URL. */
    private record UrlDataSource(String url) implements SimpleDataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    @DatabaseTest
    void anApplicationUpgradesAtStartUpAndCanGoBack(TestDatabase db) throws Exception {
        TestProject.quickstart(dir.resolve("app"), db.jdbcUrl());
        Migrator migrator = Migrate.configure()
                .dataSource(new UrlDataSource(db.jdbcUrl()))
                .location(dir.resolve("app/migrations"))
                .load();
        RunResult first = migrator.upgrade("heads");
        assertEquals(8, first.applied().size());
        assertEquals(List.of("20260117_1330"), first.resultingHeads());
        try (Connection c = db.connect()) {
            assertEquals(List.of("api_keys", "migrate_version", "migrate_version_history", "sys_user", "users"),
                    OfflineQuickstartTest.tables(c));
        }
        RunResult again = Migrate.configure().dataSource(new UrlDataSource(db.jdbcUrl()))
                .location(dir.resolve("app/migrations")).load().upgrade("heads");
        assertEquals(0, again.applied().size(), "a second start finds nothing to do");

        RunResult down = migrator.downgrade("base");
        assertEquals(8, down.applied().size());
        try (Connection c = db.connect()) {
            assertEquals(List.of("migrate_version", "migrate_version_history"), OfflineQuickstartTest.tables(c));
        }
    }

    /**
     * A pool's DataSource: the same physical connections again and again, their {@code close()}
     * handing them back. A run leaves nothing behind on them, also after a failed step: the
     * history row's prepared {@code INSERT}s (PostgreSQL) are dropped, the migration connection's
     * own advisory lock released and its client check put back when the run ends, and the
     * application's own lock_timeout is kept.
     */
    @DatabaseTest(dev.migrate.tck.DatabaseKind.POSTGRES)
    void aPooledConnectionKeepsNothingOfARun(TestDatabase db) throws Exception {
        List<Connection> physical = new java.util.ArrayList<>();
        java.util.Deque<Connection> idle = new java.util.ArrayDeque<>();
        SimpleDataSource pool = () -> {
            Connection c = idle.isEmpty() ? db.connect() : idle.pop();
            if (!physical.contains(c)) {
                physical.add(c);
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("SET lock_timeout = '7s'"); // the application's own setting, which a run keeps
                }
            }
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            if (!c.getAutoCommit()) {
                                c.rollback();
                                c.setAutoCommit(true);
                            }
                            idle.push(c);
                            return null;
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
        TestProject p = TestProject.quickstart(dir.resolve("pooled"), db.jdbcUrl());
        Migrator migrator = Migrate.configure().dataSource(pool).location(dir.resolve("pooled/migrations")).load();
        assertEquals(8, migrator.upgrade("heads").applied().size());
        assertEquals(List.of(), leftovers(physical));
        migrator.downgrade("base");
        p.write("migrations/versions/20260117_1400_broken.java", OnlineFailureTest.script("20260117_1400",
                "\"20260117_1330\"", "INSERT INTO no_such_table VALUES (1)", "DELETE FROM no_such_table"));
        Migrator broken = Migrate.configure().dataSource(pool).location(dir.resolve("pooled/migrations")).load();
        assertThrows(dev.migrate.api.MigrateException.class, () -> broken.upgrade("heads"));
        assertEquals(List.of(), leftovers(physical));
        broken.downgrade("base"); // the class's other tests share the database
        for (Connection c : physical) {
            c.close();
        }
    }

    /**
     * What a run left on {@code connections}: statements migrate prepared by name, advisory locks,
     * a client check interval other than the default and a lock_timeout other than the pool's.
     */
    private static List<String> leftovers(List<Connection> connections) throws SQLException {
        List<String> found = new java.util.ArrayList<>();
        for (Connection c : connections) {
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                    "SELECT (SELECT COUNT(*) FROM pg_prepared_statements WHERE name LIKE 'migrate_history_%'), "
                    + "(SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()), "
                    + "current_setting('client_connection_check_interval'), current_setting('lock_timeout')")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    found.add(rs.getInt(1) + " prepared");
                }
                if (rs.getInt(2) > 0) {
                    found.add(rs.getInt(2) + " advisory locks");
                }
                if (!rs.getString(3).equals("0")) {
                    found.add("client_connection_check_interval " + rs.getString(3));
                }
                if (!rs.getString(4).equals("7s")) {
                    found.add("lock_timeout " + rs.getString(4));
                }
            }
        }
        return found;
    }

    @Test
    void aConfigFileWithADataSourceUsesTheDataSource() {
        Path sqlite = dir.resolve("via-datasource.db");
        TestProject.quickstart(dir.resolve("app"), "jdbc:sqlite:" + dir.resolve("from-file.db"));
        RunResult result = Migrate.configure()
                .configFile(dir.resolve("app/migrate.yaml"))
                .dataSource(new UrlDataSource("jdbc:sqlite:" + sqlite))
                .load()
                .upgrade("20260117_1000");
        assertEquals(2, result.applied().size());
        assertTrue(sqlite.toFile().exists());
        assertTrue(!dir.resolve("from-file.db").toFile().exists(), "the file's URL is not used");
    }

    @Test
    void nothingToConnectToIsAClearError() {
        ConfigException error = assertThrows(ConfigException.class, () -> Migrate.configure().location(dir).load());
        assertEquals("Migrate.configure() needs a dataSource(...) or a configFile(...) that names the database", error.getMessage());
    }
}
