package dev.migrate.engine.render;

import dev.migrate.api.MigrateException;
import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.Statement;
import dev.migrate.engine.plan.Direction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A complete SQL script for a DBA to review and run unchanged with {@code psql -v ON_ERROR_STOP=1
 * -f}, {@code mariadb <} or {@code sqlite3 db <}: the version table created when starting from
 * base, one block per step opened by a {@code -- Running ...} comment, the version-table change of
 * each step, and {@code BEGIN}/{@code COMMIT} only where the dialect's DDL is transactional.
 * Statements a step places around its transaction (SQLite {@code PRAGMA foreign_keys}) come before
 * the {@code BEGIN} and after the {@code COMMIT} of the transaction that holds the step: each
 * migration's, or with one transaction for the whole script, the script's.
 */
public final class OfflineScript {

    private final Dialect dialect;
    private final boolean transactionPerMigration;
    private final StringBuilder text = new StringBuilder();
    private boolean inTransaction;

    private OfflineScript(Dialect dialect, boolean transactionPerMigration) {
        this.dialect = dialect;
        this.transactionPerMigration = transactionPerMigration;
    }

    /**
     * The script for rendered steps.
     *
     * @param title what the script does, for its first comment line (e.g. {@code upgrade base:head})
     * @param createVersionTable the version table's CREATE statement, when the script starts at base
     * @param tag the {@code --tag} given, written as a comment
     */
    public static String of(Dialect dialect, boolean transactionPerMigration, Direction direction, String title,
            Optional<String> createVersionTable, List<RenderedStep> steps, Optional<String> tag) {
        OfflineScript script = new OfflineScript(dialect, transactionPerMigration);
        script.comment("migrate " + direction.name().toLowerCase(Locale.ROOT) + " " + title + " for " + dialect.name());
        tag.ifPresent(t -> script.comment("Tag: " + t));
        script.text.append('\n');
        // Outside any transaction: session settings for the client that runs the script.
        dialect.scriptPreamble().forEach(s -> script.text.append(s.sql()).append(";\n\n"));
        List<List<RenderedStep>> groups = transactionPerMigration ? steps.stream().map(List::of).toList() : List.of(steps);
        if (groups.isEmpty()) {
            groups = List.of(List.of());
        }
        for (int i = 0; i < groups.size(); i++) {
            List<RenderedStep> group = groups.get(i);
            script.around(group, Statement.Placement.BEFORE_TRANSACTION);
            if (i == 0) {
                createVersionTable.ifPresent(sql -> script.statement(Statement.of(sql)));
            }
            for (RenderedStep step : group) {
                if (transactionPerMigration) {
                    script.begin();
                }
                script.comment(step.description());
                step.statements().stream().filter(s -> !s.aroundTransaction()).forEach(s -> script.statement(step, s));
                step.versionStatements().forEach(script::statement);
            }
            script.commit();
            script.around(group, Statement.Placement.AFTER_TRANSACTION);
        }
        return script.text.toString();
    }

    /**
     * The statements the steps of one transaction place before it opens or after it ends, each
     * once; the restores after it in reverse order, so the first setting made is the last put back.
     */
    private void around(List<RenderedStep> group, Statement.Placement placement) {
        Set<String> seen = new LinkedHashSet<>();
        List<Statement> statements = new ArrayList<>();
        group.forEach(step -> step.statements().stream().filter(s -> s.placement() == placement)
                .filter(s -> seen.add(s.sql().strip())).forEach(statements::add));
        if (placement == Statement.Placement.AFTER_TRANSACTION) {
            Collections.reverse(statements);
        }
        statements.forEach(s -> text.append(s.sql().strip()).append(s.comment() ? "\n\n" : ";\n\n"));
    }

    private void statement(RenderedStep step, Statement statement) {
        if (statement.dataMigration().isPresent()) {
            throw new MigrateException(MigrateException.Kind.REVISION, "Revision " + step.step().revisionId() + " runs Java "
                    + "code with the database connection (op.run, " + statement.sql().substring(3) + "), which an offline "
                    + "script cannot hold; run the " + step.step().direction().name().toLowerCase(Locale.ROOT)
                    + " online (without --sql), or write the change as SQL with op.execute, op.update or op.bulkInsert.");
        }
        statement(statement);
    }

    private void statement(Statement statement) {
        if (statement.transactional()) {
            begin();
        } else {
            // Outside a transaction: e.g. PostgreSQL refuses CREATE INDEX CONCURRENTLY inside one.
            commit();
        }
        text.append(statement.sql().strip()).append(statement.comment() ? "\n\n" : ";\n\n");
    }

    private void begin() {
        if (!inTransaction && dialect.capabilities().transactionalDdl()) {
            text.append(dialect.beginTransaction()).append(";\n\n");
            inTransaction = true;
        }
    }

    private void commit() {
        if (inTransaction) {
            text.append(dialect.commitTransaction()).append(";\n\n");
            inTransaction = false;
        }
    }

    private void comment(String line) {
        // A message must never end the comment early and leak into SQL.
        text.append("-- ").append(line.replaceAll("[\\r\\n]+", " ")).append('\n');
    }
}
