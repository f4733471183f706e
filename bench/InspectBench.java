import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.DialectProvider;
import dev.migrate.api.spi.InspectionScope;
import dev.migrate.api.spi.SchemaInspector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Times a dialect's inspector alone: reads the whole schema behind URL RUNS times on one open
 * connection after WARMUP reads, and prints the median, min and max in milliseconds.
 * Run through bench/inspect.sh, which builds the class path.
 */
public class InspectBench {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        DialectProvider provider = ServiceLoader.load(DialectProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.accepts(url)).findFirst().orElseThrow();
        SchemaInspector inspector = provider.create().inspector().orElseThrow();
        InspectionScope scope = InspectionScope.currentSchema(Set.of("migrate_version", "migrate_history"));
        try (Connection c = DriverManager.getConnection(url)) {
            long startFirst = System.nanoTime();
            SchemaModel model = inspector.inspect(c, scope);
            double first = (System.nanoTime() - startFirst) / 1e6;
            for (int i = 0; i < warmup; i++) {
                inspector.inspect(c, scope);
            }
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                inspector.inspect(c, scope);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            long columns = model.tables().stream().mapToLong(t -> t.columns().size()).sum();
            long constraints = model.tables().stream().mapToLong(t -> t.constraints().size()).sum();
            long indexes = model.tables().stream().mapToLong(t -> t.indexes().size()).sum();
            System.out.printf("%d tables, %d columns, %d constraints, %d indexes%n", model.tables().size(), columns,
                    constraints, indexes);
            System.out.printf("first (cold JVM) %.1f ms; after %d warm-ups, %d runs: median %.1f ms, min %.1f, max %.1f%n",
                    first, warmup, runs, times[runs / 2], times[0], times[runs - 1]);
        }
    }
}
