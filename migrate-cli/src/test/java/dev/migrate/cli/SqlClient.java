package dev.migrate.cli;

import dev.migrate.tck.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs an SQL script with the database's own command-line client, as a DBA would. */
final class SqlClient {

    private SqlClient() {
    }

    /** Runs {@code script} against {@code db}; returns the client's output, failing on a non-zero exit. */
    static String run(TestDatabase db, Path script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Map<String, String> env = new HashMap<>();
        ProcessBuilder.Redirect input = ProcessBuilder.Redirect.from(script.toFile());
        switch (db.kind()) {
            case SQLITE -> command.addAll(List.of("sqlite3", "-bail", db.name()));
            case POSTGRES -> {
                Server s = Server.of(db.jdbcUrl());
                command.addAll(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", s.host, "-p", s.port, "-U", s.user,
                        "-d", s.database, "-f", script.toString()));
                env.put("PGPASSWORD", s.password);
                input = ProcessBuilder.Redirect.PIPE;
            }
            case MYSQL -> {
                Server s = Server.of(db.jdbcUrl());
                command.addAll(List.of("mariadb", "-h", s.host, "-P", s.port, "-u", s.user, s.database));
                env.put("MYSQL_PWD", s.password);
            }
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(input);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new AssertionError(command.get(0) + " failed (" + exit + ") on " + script + ":\n" + output);
        }
        return output;
    }

    /** Host, port, database and login of a server JDBC URL. */
    private record Server(String host, String port, String database, String user, String password) {
        static Server of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            Map<String, String> query = new HashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    query.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            String defaultPort = uri.getScheme().equals("postgresql") ? "5432" : "3306";
            return new Server(uri.getHost(), uri.getPort() < 0 ? defaultPort : Integer.toString(uri.getPort()),
                    uri.getPath().replaceFirst("^/", ""), query.getOrDefault("user", "root"), query.getOrDefault("password", ""));
        }
    }
}
