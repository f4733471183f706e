package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 20-step chain of {@code examples/sqlite-rebuild} (types changed back and forth, constraints
 * added and dropped, columns referenced by foreign keys renamed, batch blocks), one step at a
 * time: online, and offline with each step's script run by the {@code sqlite3} client on a second
 * database. After every step both databases hold the same schema and rows (PRAGMA table_info,
 * index_list, foreign_key_list, every row); downgrading step by step to base gives back exactly
 * the schema and rows each revision had on the way up. Once more with foreign-key enforcement on
 * ({@code foreign_keys=true} online, {@code PRAGMA foreign_keys = ON} in the client's session):
 * rebuilds of referenced tables switch it off around their transaction, and no cascade fires.
 */
class SqliteRebuildChainTest {

    @TempDir
    Path dir;

    private boolean enforced;
    /** The scripts that switch enforcement off around their transaction (rebuilds of referenced tables). */
    private final List<String> switchingOff = new ArrayList<>();

    @ParameterizedTest(name = "foreign-key enforcement on: {0}")
    @ValueSource(booleans = {false, true})
    void stressChainUpAndDownOnlineAndOffline(boolean enforced) throws Exception {
        Path onlineDb = dir.resolve("online.db");
        TestDatabase db = new TestDatabase(DatabaseKind.SQLITE, "jdbc:sqlite:" + onlineDb, onlineDb.toString());
        TestProject p = TestProject.example("sqlite-rebuild", "url: jdbc:sqlite:${here}/stress.db", dir.resolve("p"),
                db.jdbcUrl() + (enforced ? "?foreign_keys=true" : ""));
        Path offlineDb = dir.resolve("offline.db");
        TestDatabase offline = new TestDatabase(DatabaseKind.SQLITE, "jdbc:sqlite:" + offlineDb, offlineDb.toString());
        this.enforced = enforced;
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            ids.add(String.format("s%02d", i));
        }
        Map<String, String> snapshots = new LinkedHashMap<>();
        snapshots.put("base", SqliteSnapshot.of(db.jdbcUrl()));
        String previous = "base";
        for (String id : ids) {
            p.ok("upgrade", id);
            String snapshot = SqliteSnapshot.of(db.jdbcUrl());
            runOffline(offline, p.ok("upgrade", previous + ":" + id, "--sql"), id + "-up.sql");
            assertEquals(snapshot, SqliteSnapshot.of(offline.jdbcUrl()), "offline upgrade to " + id);
            snapshots.put(id, snapshot);
            previous = id;
        }
        for (int i = ids.size() - 1; i >= 0; i--) {
            String target = i == 0 ? "base" : ids.get(i - 1);
            p.ok("downgrade", target);
            runOffline(offline, p.ok("downgrade", ids.get(i) + ":" + target, "--sql"), ids.get(i) + "-down.sql");
            if (i > 0) {
                assertEquals(snapshots.get(target), SqliteSnapshot.of(db.jdbcUrl()), "online downgrade to " + target);
                assertEquals(snapshots.get(target), SqliteSnapshot.of(offline.jdbcUrl()), "offline downgrade to " + target);
            }
        }
        for (String url : List.of(db.jdbcUrl(), offline.jdbcUrl())) {
            String base = SqliteSnapshot.of(url);
            assertEquals(List.of(), base.lines().filter(l -> l.startsWith("table ") && !l.equals("table migrate_version")
                    && !l.equals("table sqlite_sequence")).toList(), base);
        }
        assertEquals(List.of("s09-up.sql", "s12-up.sql", "s16-up.sql", "s18-up.sql", "s18-down.sql", "s12-down.sql",
                "s09-down.sql"), switchingOff); // the rebuilds of authors, which books refers to
        String head = snapshots.get("s20");
        assertTrue(head.contains("table volumes\n  column 0 | id | INTEGER | 1 | null | 1\n  column 1 | writer_id | INTEGER | 1 | null | 0\n"
                + "  column 2 | title | VARCHAR(200) | 1 | null | 0\n  column 3 | price | NUMERIC(14, 2) | 0 | 0 | 0\n"
                + "  column 4 | page_count | TEXT | 0 | '100' | 0\n  column 5 | edition | INTEGER | 1 | 1 | 0\n"
                + "  column 6 | co_author_id | INTEGER | 0 | null | 0\n"), head);
        assertTrue(head.contains("  foreign key 0 | 0 | authors | co_author_id | author_id | NO ACTION | SET NULL | NONE\n"
                + "  foreign key 1 | 0 | authors | writer_id | author_id | NO ACTION | CASCADE | NONE\n"), head);
        assertTrue(head.contains("  row 1 | 1 | 'The Dispossessed' | 9.99 | '387' | 1 | NULL\n"), head);
    }

    /** Runs {@code script} with {@code sqlite3 -bail}, in a session with enforcement on when the online run has it. */
    private void runOffline(TestDatabase offline, String script, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, (enforced ? "PRAGMA foreign_keys = ON;\n" : "") + script);
        if (script.contains("PRAGMA foreign_keys = OFF;\n\nBEGIN;")) {
            switchingOff.add(name);
        }
        SqlClient.run(offline, file);
    }
}
