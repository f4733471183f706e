package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's branch-and-merge workflow, run through the real commands on a real SQLite file. */
class GraphWorkflowTest {

    @TempDir
    Path dir;

    @Test
    void revisionBranchMergeStampAndPlans() throws IOException {
        TestProject p = TestProject.init(dir.resolve("app"), null);

        String a = TestProject.generatedId(p.ok("revision", "-m", "create users table"));
        String b = TestProject.generatedId(p.ok("revision", "-m", "add email to users"));
        assertEquals(List.of(b + " (head)"), p.ok("heads").lines().toList());
        assertEquals(List.of(a + " -> " + b + " (head), add email to users", "<base> -> " + a + ", create users table"),
                p.ok("history").lines().toList());

        // A teammate branches off the first revision with a label; the graph now has two heads.
        String c = TestProject.generatedId(p.ok("revision", "-m", "billing tables", "--head", a, "--splice",
                "--branch-label", "billing"));
        assertEquals(Set.of(b + " (head)", c + " (billing) (head)"), Set.copyOf(p.ok("heads").lines().toList()));
        CliRun ambiguous = p.run("revision", "-m", "next");
        assertEquals(ExitCodes.REVISION, ambiguous.exitCode());
        assertEquals(1, ambiguous.err().lines().count(), ambiguous.err());
        assertTrue(ambiguous.err().startsWith("migrate: error: Multiple heads"), ambiguous.err());

        // branches shows the branch point and where it leads.
        String branches = p.ok("branches");
        assertTrue(branches.startsWith(a + " (branchpoint)"), branches);
        assertTrue(branches.contains(" -> " + b + " (head)"), branches);
        assertTrue(branches.contains(" -> " + c + " (billing) (head)"), branches);

        // Upgrading "heads" from an empty database plans every revision; the plan is JSON too.
        String plan = p.ok("upgrade", "heads", "--dry-run");
        assertTrue(plan.startsWith("Dry run: 3 step(s) would run; nothing was changed."), plan);
        String json = p.ok("upgrade", "heads", "--dry-run", "--json");
        assertTrue(json.contains("\"direction\" : \"upgrade\""), json);
        assertTrue(json.indexOf("\"revision\" : \"" + a + "\"") < json.indexOf("\"revision\" : \"" + b + "\""), json);

        // Merge the two heads; one head again.
        String m = TestProject.generatedId(p.ok("merge", "heads", "-m", "merge billing"));
        // The label reaches the merge: labels apply to every descendant of the labelled revision.
        assertEquals(List.of(m + " (billing) (head)"), p.ok("heads").lines().toList());
        assertTrue(p.ok("show", m).startsWith("Rev: " + m + " (head) (mergepoint)\nMerges: "), p.ok("show", m));

        // billing@head is the merge now: the label reaches every descendant.
        assertEquals(m, p.ok("show", "billing@head", "--json").split("\"revision\" : \"")[1].substring(0, m.length()));
        // Stamp the database at the tip of the billing branch, then look at it.
        assertEquals("Stamped <base> -> " + c + "\n", p.ok("stamp", c.substring(0, 6)));
        assertEquals(List.of(c), p.ok("current").lines().toList());
        assertTrue(p.ok("history", "--indicate-current").contains(c + " (billing) (current)"), p.ok("history", "-i"));
        String upgrade = p.ok("upgrade", "head", "--dry-run");
        assertTrue(upgrade.contains("Running upgrade " + a + " -> " + b + ", add email to users"), upgrade);
        assertTrue(upgrade.contains("-> " + m + ", merge billing"), upgrade);
        assertTrue(upgrade.endsWith("Version table afterwards: " + m + "\n"), upgrade);

        // Stamping the head and downgrading to base plans the reverse.
        p.ok("stamp", "head");
        String down = p.ok("downgrade", "base", "--dry-run", "--json");
        assertTrue(down.startsWith("{\n  \"direction\" : \"downgrade\""), down);
        assertTrue(down.indexOf("\"" + m + "\"") < down.indexOf("\"" + a + "\""), down);
        assertTrue(Files.isRegularFile(p.dir.resolve("migrate.db")));
    }
}
