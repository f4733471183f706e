package dev.migrate.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.TestAbortedException;

class LiveDatabaseExtensionTest {

    @Test
    void unavailableServerSkipsWithTheReason() {
        Server none = Server.unavailable(DatabaseKind.POSTGRES, "MIGRATE_TEST_POSTGRES_URL is not set");
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> LiveDatabaseExtension.requireServer(none, false));
        assertEquals("PostgreSQL unavailable: MIGRATE_TEST_POSTGRES_URL is not set",
                skipped.getMessage());
    }

    @Test
    void unavailableServerFailsWhenDatabasesAreRequired() {
        Server none = Server.unavailable(DatabaseKind.MYSQL, "MIGRATE_TEST_MYSQL_URL is not set");
        ExtensionConfigurationException failed = assertThrows(ExtensionConfigurationException.class,
                () -> LiveDatabaseExtension.requireServer(none, true));
        assertEquals("MySQL/MariaDB unavailable: MIGRATE_TEST_MYSQL_URL is not set "
                + "(MIGRATE_TEST_REQUIRE_DATABASES=true makes a missing database a failure)", failed.getMessage());
    }

    @Test
    void availableServerPasses() {
        LiveDatabaseExtension.requireServer(Server.embedded(DatabaseKind.SQLITE), true);
    }

    @Test
    void serverUrlGetsTheDatabaseNameAndKeepsParameters() {
        assertEquals("jdbc:postgresql://127.0.0.1:5432/mt_x?user=migrate&password=p",
                Provisioner.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=migrate&password=p", "mt_x"));
        assertEquals("jdbc:mariadb://127.0.0.1:3306/mt_x?user=root",
                Provisioner.withDatabase("jdbc:mariadb://127.0.0.1:3306/?user=root", "mt_x"));
        assertEquals("jdbc:mariadb://db/mt_x", Provisioner.withDatabase("jdbc:mariadb://db", "mt_x"));
        assertEquals("jdbc:postgresql://h/db?user=u&password=***", Provisioner.redact("jdbc:postgresql://h/db?user=u&password=secret"));
    }

    /** Fixture run through the JUnit engine below, not on its own. */
    @UsesDatabase(DatabaseKind.SQLITE)
    static class SqliteFixture {
        static final List<TestDatabase> SEEN = new ArrayList<>();

        @Test
        void first(TestDatabase db) {
            SEEN.add(db);
        }

        @Test
        void second(TestDatabase db) {
            SEEN.add(db);
        }

        @DatabaseTest(DatabaseKind.SQLITE)
        void template(TestDatabase db) {
            SEEN.add(db);
        }
    }

    @Test
    void oneDatabasePerClassSharedByItsTestsAndDroppedAfterwards() {
        SqliteFixture.SEEN.clear();
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SqliteFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));
        List<TestDatabase> seen = SqliteFixture.SEEN;
        assertEquals(3, seen.size());
        assertEquals(seen.get(0), seen.get(1));
        assertEquals(seen.get(0), seen.get(2));
        assertTrue(seen.get(0).jdbcUrl().startsWith("jdbc:sqlite:"));
        assertFalse(Files.exists(Path.of(seen.get(0).name())), "the class's database file is removed");
    }

    @Test
    void eachClassGetsItsOwnDatabase() {
        SqliteFixture.SEEN.clear();
        for (int i = 0; i < 2; i++) {
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(SqliteFixture.class)).execute();
        }
        assertNotEquals(SqliteFixture.SEEN.get(0), SqliteFixture.SEEN.get(3));
    }
}
