import org.flywaydb.core.Flyway;

/**
 * Minimal Flyway runner for bench/online-pg.sh: applies the SQL migrations in a directory
 * (bench/make-flyway-chain.sh) with Flyway's defaults, so each migration in its own transaction.
 * Exits non-zero on failure (Flyway throws).
 *
 * <p>Usage: {@code java -cp "$(bench/flyway-classpath.sh)" bench/FlywayRun.java URL USER LOCATION},
 * or compiled once with {@code javac -cp ... -d OUT bench/FlywayRun.java} and run as
 * {@code java -cp OUT:... FlywayRun URL USER LOCATION}. LOCATION is a directory of
 * {@code V<i>__<name>.sql} files.
 */
public class FlywayRun {
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: FlywayRun URL USER LOCATION");
            System.exit(2);
        }
        var result = Flyway.configure()
                .dataSource(args[0], args[1], "")
                .locations("filesystem:" + args[2])
                .load()
                .migrate();
        if (!result.success) {
            System.err.println("FlywayRun: migrate reported failure");
            System.exit(1);
        }
        System.out.println("FlywayRun: " + result.migrationsExecuted + " migrations applied, now at "
                + result.targetSchemaVersion);
    }
}
