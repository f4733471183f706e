package dev.migrate.cli;

import static dev.migrate.cli.BadInputCorpusTest.project;
import static dev.migrate.cli.BadInputCorpusTest.run;
import static dev.migrate.cli.BadInputCorpusTest.script;

import dev.migrate.cli.BadInputCorpusTest.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bad-input corpus: every case and the exact message it must produce. */
final class BadInputCases {

    private static final String V = "migrations/versions/";

    private BadInputCases() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        configuration(cases);
        scripts(cases);
        graph(cases);
        identifiers(cases);
        authoring(cases);
        database(cases);
        return cases;
    }

    private static void add(List<Case> cases, String name, Map<String, String> files, List<String> args, int exit, String message) {
        cases.add(new Case(name, files, args, exit, message));
    }

    private static void configuration(List<Case> c) {
        add(c, "no configuration file", Map.of(), run("heads"), ExitCodes.CONFIGURATION, "No configuration file: <dir>/migrate.yaml does not exist. Pass -c FILE, set MIGRATE_CONFIG, or create a project with 'migrate init DIR'.");
        add(c, "unknown setting", project("migrate.yaml", "sqlalchemy.url: x\n"), run("heads"), ExitCodes.CONFIGURATION, "Unknown setting 'sqlalchemy.url' in <dir>/migrate.yaml (use 'url' with a JDBC URL); known settings: script_location, version_locations, recursive_version_locations, file_template, truncate_slug_length, timezone, revision_id, revision_format, url, user, password, dialect, version_table, version_table_schema, transaction_per_migration, lock_timeout, post_write_hooks, naming_convention, target_model, autogenerate, sections");
        add(c, "configuration not YAML", project("migrate.yaml", "url: [a\n"), run("heads"), ExitCodes.CONFIGURATION, "<dir>/migrate.yaml is not valid YAML: line 2, column 1: expected ',' or ']', but got <stream end> (while parsing a flow sequence)");
        add(c, "configuration boolean", project("migrate.yaml", "recursive_version_locations: sometimes\n"), run("heads"), ExitCodes.CONFIGURATION, "'recursive_version_locations' in <dir>/migrate.yaml must be true or false, not 'sometimes'");
        add(c, "unset variable", project("migrate.yaml", "url: jdbc:postgresql://${DB_HOST_UNSET_X}/app\n"), run("current"), ExitCodes.CONFIGURATION, "Variable ${DB_HOST_UNSET_X} in 'url' of <dir>/migrate.yaml is not set; set it in the environment or in .env, or write ${DB_HOST_UNSET_X:-default}");
        add(c, "unknown section", project(), List.of("-c", "<dir>/migrate.yaml", "-n", "reporting", "heads"), ExitCodes.CONFIGURATION, "No section 'reporting' under 'sections:' in <dir>/migrate.yaml; the file defines none");
        add(c, "missing version location", project("migrate.yaml", "script_location: nowhere\n"), run("heads"), ExitCodes.REVISION, "Version location <dir>/nowhere/versions does not exist; create it or fix 'version_locations' / 'script_location' in the configuration");
        add(c, "no database url", project("migrate.yaml", "script_location: migrations\n"), run("current"), ExitCodes.CONFIGURATION, "No database URL: set 'url' in migrate.yaml, or MIGRATE_URL in the environment or .env");
        add(c, "unknown dialect url", project("migrate.yaml", "url: jdbc:oracle:thin:@db:1521:x\n"), run("current"), ExitCodes.PLUGIN, "No dialect accepts the URL 'jdbc:oracle:thin:@db:1521:x'; installed: mysql, postgres, sqlite. Put a dialect jar for 'oracle' on the classpath (see docs/dialect-vendor-guide.md).");
        add(c, "unknown dialect name", project("migrate.yaml", "url: jdbc:sqlite:x.db\ndialect: oracle\n"), run("current"), ExitCodes.PLUGIN, "Unknown dialect 'oracle'; installed: mysql, postgres, sqlite. Fix the 'dialect' setting or add the dialect's jar to the classpath.");
        add(c, "unknown file_template token", project("migrate.yaml", "file_template: \"{month}_{slug}\"\n"), run("revision", "-m", "x"), ExitCodes.CONFIGURATION, "Unknown token {month} in file_template '{month}_{slug}'; known tokens: {rev} {slug} {yyyy} {MM} {dd} {HH} {mm} {ss} {epoch}");
        add(c, "unknown option", project(), run("heads", "--frobnicate"), ExitCodes.USAGE, "Unknown option: '--frobnicate' (see 'migrate heads --help')");
        add(c, "unknown command", project(), run("upgrad", "head"), ExitCodes.USAGE, "Unknown command 'upgrad'; did you mean 'upgrade'? (see 'migrate --help')");
    }

    private static void scripts(List<Case> c) {
        add(c, "java without @Revision", project(V + "4_d.java", "class D implements Migration {}\n"), run("heads"), ExitCodes.REVISION, "<dir>/migrations/versions/4_d.java:1: no @Revision(...) annotation; a Java revision script declares @Revision(id = \"...\", revises = {...}) on its class");
        add(c, "java header not a literal", project(V + "4_d.java", "@Revision(id = ID, revises = {})\nclass D {}\n"), run("heads"), ExitCodes.REVISION, "<dir>/migrations/versions/4_d.java:1: malformed @Revision: expected a string literal for 'id' (values must be literals: graph commands read them without compiling), found 'ID, revises = {})'");
        add(c, "java unknown element", project(V + "4_d.java", "@Revision(id = \"d\", down_revision = \"c\")\nclass D {}\n"), run("heads"), ExitCodes.REVISION, "<dir>/migrations/versions/4_d.java:1: unknown @Revision element 'down_revision'; known elements: id, revises, branchLabels, dependsOn, message, created");
        add(c, "java unterminated string", project(V + "4_d.java", "@Revision(id = \"d, revises = {})\nclass D {}\n"), run("history"), ExitCodes.REVISION, "<dir>/migrations/versions/4_d.java:1: unterminated string literal");
        add(c, "yaml not valid", project(V + "4_d.yaml", "revision: d\nrevises: [cccc0003\n"), run("heads"), ExitCodes.REVISION, "<dir>/migrations/versions/4_d.yaml: not valid YAML: line 3, column 1: expected ',' or ']', but got <stream end> (while parsing a flow sequence)");
        add(c, "yaml without revision", project(V + "4_d.yaml", "revises: cccc0003\nmessage: m\n"), run("heads"), ExitCodes.REVISION, "<dir>/migrations/versions/4_d.yaml: 'revision' must be the revision id, a single string");
        add(c, "yaml alembic key", project(V + "4_d.yaml", "revision: dddd0004\ndown_revision: cccc0003\n"), run("heads"), ExitCodes.REVISION, "<dir>/migrations/versions/4_d.yaml: unknown key 'down_revision' (migrate calls it 'revises'); known keys: revision, revises, branch_labels, depends_on, message, created, upgrade, downgrade");
        add(c, "json not valid", project(V + "4_d.json", "{\"revision\": \"dddd0004\",}"), run("heads"), ExitCodes.REVISION, "<dir>/migrations/versions/4_d.json: not valid JSON: line 1, column 25: Unexpected character ('}' (code 125)): was expecting double-quote to start field name");
        add(c, "two bad scripts reported together", project(V + "4_d.java", "class D {}\n", V + "5_e.yaml", "revises: x\n"), run("heads"), ExitCodes.REVISION, "2 problems in the revision scripts: <dir>/migrations/versions/4_d.java:1: no @Revision(...) annotation; a Java revision script declares @Revision(id = \"...\", revises = {...}) on its class; <dir>/migrations/versions/5_e.yaml: 'revision' must be the revision id, a single string");
    }

    private static void graph(List<Case> c) {
        add(c, "duplicate id", project(V + "4_dup.java", script("bbbb0002", "\"aaaa0001\"")), run("heads"), ExitCodes.REVISION, "Revision bbbb0002 is present more than once (<dir>/migrations/versions/2_b.java, <dir>/migrations/versions/4_dup.java)");
        add(c, "missing parent", project(V + "4_d.java", script("dddd0004", "\"ffff9999\"")), run("heads"), ExitCodes.REVISION, "Revision ffff9999 referenced from dddd0004 is not present (<dir>/migrations/versions/4_d.java)");
        add(c, "cycle", project(V + "1_a.java", script("aaaa0001", "\"cccc0003\"")), run("heads"), ExitCodes.REVISION, "Cycle is detected in revisions (aaaa0001, bbbb0002, cccc0003)");
        add(c, "dependency cycle", project(V + "1_a.java",
                "@Revision(id = \"aaaa0001\", dependsOn = \"cccc0003\")\nclass A {}\n"), run("heads"), ExitCodes.REVISION, "Dependency cycle is detected in revisions (aaaa0001, bbbb0002, cccc0003)");
        add(c, "label used twice", project(V + "1_a.java", "@Revision(id = \"aaaa0001\", branchLabels = \"x\")\nclass A {}\n",
                V + "2_b.java", "@Revision(id = \"bbbb0002\", revises = \"aaaa0001\", branchLabels = \"x\")\nclass B {}\n"),
                run("heads"), ExitCodes.REVISION, "Branch name 'x' in revision bbbb0002 already used by revision aaaa0001 (<dir>/migrations/versions/2_b.java, <dir>/migrations/versions/1_a.java)");
        add(c, "illegal id characters", project(V + "4_d.java", script("dd-04", "\"cccc0003\"")), run("heads"), ExitCodes.REVISION, "Character(s) '-' not allowed in revision identifier 'dd-04' (<dir>/migrations/versions/4_d.java)");
        add(c, "self loop", project(V + "4_d.java", script("dddd0004", "\"dddd0004\"")), run("heads"), ExitCodes.REVISION, "Self-loop is detected in revisions (dddd0004) (<dir>/migrations/versions/4_d.java)");
        add(c, "several problems at once", project(V + "4_dup.java", script("bbbb0002", "\"aaaa0001\""),
                V + "5_e.java", script("eeee0005", "\"ffff9999\"")), run("history"), ExitCodes.REVISION, "2 problems in the revision scripts: Revision bbbb0002 is present more than once (<dir>/migrations/versions/2_b.java, <dir>/migrations/versions/4_dup.java); Revision ffff9999 referenced from eeee0005 is not present (<dir>/migrations/versions/5_e.java)");
    }

    private static void identifiers(List<Case> c) {
        Map<String, String> branched = project(V + "4_d.java", script("cccc0004", "\"bbbb0002\""));
        add(c, "several heads for head", branched, run("show", "head"), ExitCodes.REVISION, "Multiple heads for 'head': cccc0003, cccc0004. Use 'heads', '<label>@head', or run 'migrate merge'.");
        add(c, "ambiguous prefix", branched, run("show", "cccc"), ExitCodes.REVISION, "Revision prefix 'cccc' is ambiguous: cccc0003, cccc0004. Give more characters.");
        add(c, "unknown revision", project(), run("show", "zzzz9999"), ExitCodes.REVISION, "No revision or branch label 'zzzz9999'. Run 'migrate history' to list revisions.");
        add(c, "prefix shorter than four", project(), run("show", "aaa"), ExitCodes.REVISION, "No revision or branch label 'aaa'; a partial revision id needs at least 4 characters. Run 'migrate history' to list revisions.");
        add(c, "unknown branch label", project(), run("show", "nolabel@head"), ExitCodes.REVISION, "No such branch: 'nolabel'. Put a branch label or revision id before '@'.");
        add(c, "relative walk past the base", project(), run("show", "bbbb0002-5"), ExitCodes.REVISION, "Relative revision -5 from 'bbbb0002' walks past the base: only 2 step(s) available.");
        add(c, "relative walk past the head", project(), run("upgrade", "aaaa0001+7", "--dry-run"), ExitCodes.REVISION, "Relative revision +7 from 'aaaa0001' walks past the head: only 2 step(s) available.");
        add(c, "relative upgrade from empty overshoots", project(), run("upgrade", "+4", "--dry-run"), ExitCodes.REVISION, "Relative revision +4 from base walks past the head: only 3 step(s) available.");
        add(c, "range without colon", project(), run("history", "-r", "aaaa0001"), ExitCodes.REVISION, "History range requires [start]:[end], [start]:, or :[end]; got 'aaaa0001'.");
        add(c, "range not along a branch", branched, run("history", "-r", "cccc0003:cccc0004"), ExitCodes.REVISION, "Requested range cccc0003:cccc0004 does not refer to ancestor/descendant revisions along the same branch; put the older revision first.");
        add(c, "downgrade target above current", project(), run("downgrade", "bbbb0002", "--dry-run"), ExitCodes.REVISION, "Destination bbbb0002 is not a valid downgrade target: the database is at base (no revision applied), so there is nothing to downgrade.");
        add(c, "stamp overlapping targets", project(), run("stamp", "aaaa0001", "cccc0003"), ExitCodes.REVISION, "Stamp targets overlap: cccc0003 descends from aaaa0001, so the version table would hold both. Stamp only cccc0003, which implies aaaa0001.");
    }

    private static void authoring(List<Case> c) {
        add(c, "revision on several heads", project(V + "4_d.java", script("dddd0004", "\"bbbb0002\"")),
                run("revision", "-m", "x"), ExitCodes.REVISION, "Multiple heads for 'head': cccc0003, dddd0004. Use 'heads', '<label>@head', or run 'migrate merge'.");
        add(c, "revision head not a head", project(), run("revision", "-m", "x", "--head", "bbbb0002"), ExitCodes.CONFIGURATION, "Revision bbbb0002 is not a head revision; pass --splice to create a new branch from it, or use a head (see 'migrate heads')");
        add(c, "revision id with illegal characters", project(), run("revision", "-m", "x", "--rev-id", "a-b"), ExitCodes.CONFIGURATION, "Revision id 'a-b' contains characters that are not allowed ('-'); use letters, digits and underscores");
        add(c, "revision id already used", project(), run("revision", "-m", "x", "--rev-id", "aaaa0001"), ExitCodes.CONFIGURATION, "Revision id 'aaaa0001' is already used by <dir>/migrations/versions/1_a.java; choose another --rev-id");
        add(c, "branch label already used", project(V + "1_a.java",
                "@Revision(id = \"aaaa0001\", branchLabels = \"core\")\nclass A {}\n"),
                run("revision", "-m", "x", "--branch-label", "core"), ExitCodes.CONFIGURATION, "Branch label 'core' is already used by revision aaaa0001; choose another --branch-label");
        add(c, "version path not a location", project(), run("revision", "-m", "x", "--version-path", "<dir>/elsewhere"), ExitCodes.CONFIGURATION, "--version-path <dir>/elsewhere is not one of the version locations: <dir>/migrations/versions");
        add(c, "unknown format", project(), run("revision", "-m", "x", "--format", "xml"), ExitCodes.CONFIGURATION, "Unknown --format 'xml'; use java, yaml or json");
        add(c, "merge of one revision", project(), run("merge", "heads", "-m", "m"), ExitCodes.CONFIGURATION, "Nothing to merge: heads resolves to the single revision cccc0003; name two or more heads, or 'heads'");
        add(c, "depends-on unknown revision", project(), run("revision", "-m", "x", "--depends-on", "zzzz9999"), ExitCodes.REVISION, "No revision or branch label 'zzzz9999'. Run 'migrate history' to list revisions.");
    }

    private static void database(List<Case> c) {
        add(c, "unreachable server", project("migrate.yaml", "url: jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2\n"),
                run("current"), ExitCodes.DATABASE, "Cannot connect to jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2: Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.");
        add(c, "sqlite file in a missing folder", project("migrate.yaml", "url: jdbc:sqlite:<dir>/no/such/dir/app.db\n"),
                run("current"), ExitCodes.DATABASE, "Cannot connect to jdbc:sqlite:<dir>/no/such/dir/app.db: [SQLITE_CANTOPEN] Unable to open the database file (unable to open database file) (does the file's folder exist, and may this user write to it?)");
    }
}
