package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.TestDatabase;
import dev.migrate.tck.UsesDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 20-step chain of {@code examples/sqlite-rebuild} (types changed back and forth, constraints
 * added and dropped, columns referenced by foreign keys renamed, batch blocks), one step at a
 * time: online, and offline with each step's script run by the {@code sqlite3} client on a second
 * database. After every step both databases hold the same schema and rows (PRAGMA table_info,
 * index_list, foreign_key_list, every row); downgrading step by step to base gives back exactly
 * the schema and rows each revision had on the way up.
 */
@UsesDatabase(DatabaseKind.SQLITE)
class SqliteRebuildChainTest {

    @TempDir
    Path dir;

    @Test
    void stressChainUpAndDownOnlineAndOffline(TestDatabase db) throws Exception {
        TestProject p = TestProject.example("sqlite-rebuild", "url: jdbc:sqlite:${here}/stress.db", dir.resolve("p"), db.jdbcUrl());
        Path offlineDb = dir.resolve("offline.db");
        TestDatabase offline = new TestDatabase(DatabaseKind.SQLITE, "jdbc:sqlite:" + offlineDb, offlineDb.toString());
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
        String head = snapshots.get("s20");
        assertTrue(head.contains("table volumes\n  column 0 | id | INTEGER | 1 | null | 1\n  column 1 | writer_id | INTEGER | 1 | null | 0\n"
                + "  column 2 | title | VARCHAR(200) | 1 | null | 0\n  column 3 | price | NUMERIC(14, 2) | 0 | 0 | 0\n"
                + "  column 4 | page_count | TEXT | 0 | '100' | 0\n  column 5 | edition | INTEGER | 1 | 1 | 0\n"
                + "  column 6 | co_author_id | INTEGER | 0 | null | 0\n"), head);
        assertTrue(head.contains("  foreign key 0 | 0 | authors | co_author_id | author_id | NO ACTION | SET NULL | NONE\n"
                + "  foreign key 1 | 0 | authors | writer_id | author_id | NO ACTION | CASCADE | NONE\n"), head);
        assertTrue(head.contains("  row 1 | 1 | 'The Dispossessed' | 9.99 | '387' | 1 | NULL\n"), head);
    }

    private void runOffline(TestDatabase offline, String script, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, script);
        SqlClient.run(offline, file);
    }
}
