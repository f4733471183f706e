package dev.migrate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The training run for the launcher's class-data-sharing archives: runs the everyday commands
 * once, in-process, on a scratch project, so that the classes they load are archived. With the
 * argument {@code graph}, the graph commands only (the small archive they map); with
 * {@code database}, also online runs, offline SQL, check and autogenerate, and the JDBC drivers'
 * classes (the larger archive of the commands that use a database).
 * Not a user command; {@code ./migrate} runs it after building the jar.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("migrate-cds");
        try {
            Path project = dir.resolve("p");
            String config = project.resolve("migrate.yaml").toString();
            run("--help");
            run("--version");
            run("init", project.toString());
            run("-c", config, "revision", "-m", "first");
            run("-c", config, "revision", "-m", "second", "--format", "yaml");
            compileInAnotherJvm(config);
            for (List<String> command : List.of(List.of("upgrade", "head", "--sql"), List.of("heads"), List.of("heads", "--json"), List.of("history"),
                    List.of("history", "--json", "-i"), List.of("current"), List.of("upgrade", "head", "--dry-run"),
                    List.of("stamp", "head"), List.of("current", "--json"), List.of("show", "head"), List.of("branches"),
                    List.of("downgrade", "base", "--dry-run", "--json"), List.of("show", "nope"))) {
                String[] all = Stream.concat(Stream.of("-c", config), command.stream()).toArray(String[]::new);
                run(all);
            }
            if (args.length > 0 && args[0].equals("database")) {
                onlineAndAutogenerate(project, config);
                loadDriverClasses();
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /**
     * Compiles the scratch project's Java revision into the class cache in a second JVM, so that this
     * one loads it from the cache, as everyday runs do, and never loads the compiler: its 1,200
     * classes would make the archives larger than they make compiling faster (mapping an archive
     * costs every command in proportion to its size).
     */
    private static void compileInAnotherJvm(String config) {
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            String jar = Path.of(CdsTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            Process compile = new ProcessBuilder(java, "-cp", jar, MigrateCli.class.getName(), "-c", config, "upgrade", "head",
                    "--sql").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            compile.waitFor();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Best effort: without it, the compiler is archived too.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Online runs, offline SQL, the drift check and autogenerate on the scratch project's SQLite database. */
    private static void onlineAndAutogenerate(Path project, String config) throws IOException {
        Files.writeString(project.resolve("model.yaml"), """
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, nullable: false, autoincrement: true}
                      - {name: email, type: varchar(200), nullable: false, server_default: "'x'"}
                    primary_key: [id]
                    indexes:
                      - {name: ix_users_email, columns: [email]}
                """);
        Path file = project.resolve("migrate.yaml");
        Files.writeString(file, Files.readString(file) + "\ntarget_model: model.yaml\n");
        for (List<String> command : List.of(List.of("upgrade", "head"), List.of("revision", "--autogenerate", "-m", "auto", "--format", "yaml"),
                List.of("upgrade", "head", "--sql"), List.of("upgrade", "head"), List.of("check"),
                List.of("downgrade", "base"), List.of("revision", "--autogenerate", "--offline", "-m", "again", "--format", "yaml"))) {
            run(Stream.concat(Stream.of("-c", config), command.stream()).toArray(String[]::new));
        }
    }

    /**
     * Loads (without initialising) every class of the PostgreSQL and MariaDB drivers in the jar this
     * class came from: the training has no server to connect to, and a first connection otherwise
     * reads some 150 classes from the jar (about 100 ms of a command's start).
     */
    private static void loadDriverClasses() {
        try {
            Path jar = Path.of(CdsTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return; // classes folders (tests): no archive is made from them
            }
            ClassLoader loader = CdsTraining.class.getClassLoader();
            try (JarFile classes = new JarFile(jar.toFile())) {
                classes.stream().map(JarEntry::getName)
                        .filter(n -> (n.startsWith("org/postgresql/") || n.startsWith("org/mariadb/jdbc/")) && n.endsWith(".class"))
                        .forEach(n -> load(n.substring(0, n.length() - ".class".length()).replace('/', '.'), loader));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Training is best effort: a class not archived is only read from the jar when used.
        }
        // The PostgreSQL driver sizes its result buffer from the heap, through the management beans.
        java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        // A connection attempt to a closed port: the JDK's socket and management classes a driver's
        // connect uses (PostgreSQL sizes its result buffer from the heap) load before it is refused.
        try {
            Driver postgres = (Driver) Class.forName("org.postgresql.Driver").getDeclaredConstructor().newInstance();
            postgres.connect("jdbc:postgresql://127.0.0.1:1/training?connectTimeout=1", new Properties());
        } catch (SQLException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Refused, as intended (or no PostgreSQL driver in this build).
        }
    }

    private static void load(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // Optional integrations whose libraries are not in the jar (OSGi, Waffle, JNA): not needed.
        }
    }

    private static void run(String... args) {
        MigrateCli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
