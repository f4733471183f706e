package dev.migrate.engine.execution;

import dev.migrate.api.spi.Statement;
import dev.migrate.engine.render.RenderedStep;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings steps place around the transaction that holds them (SQLite {@code PRAGMA
 * foreign_keys}, ignored inside a transaction): made with no transaction open, before it begins,
 * and put back once it ends, committed or rolled back. Each restore's query is read before any
 * setting is made, so only what was on is put back; restores run last-made first.
 */
final class TransactionSettings {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionSettings.class);

    private final StepExecutor executor;
    /** The settings made and not yet put back, by their SQL. */
    private final Set<String> inEffect = new LinkedHashSet<>();
    /** What puts them back, last first: each a statement and the SQL its query returned. */
    private final Deque<Restore> restores = new ArrayDeque<>();

    TransactionSettings(StepExecutor executor) {
        this.executor = executor;
    }

    /** Whether {@code steps} ask for a setting that is not in effect. */
    boolean needed(List<RenderedStep> steps) {
        return steps.stream().flatMap(s -> s.statements().stream())
                .anyMatch(s -> s.placement() == Statement.Placement.BEFORE_TRANSACTION && !inEffect.contains(s.sql().strip()));
    }

    /** Makes the settings {@code steps} ask for; no transaction may be open. */
    void make(List<RenderedStep> steps) throws SQLException {
        Set<String> restoresSeen = new LinkedHashSet<>();
        restores.forEach(r -> restoresSeen.add(r.statement.sql().strip()));
        for (RenderedStep step : steps) {
            for (Statement statement : step.statements()) {
                if (statement.placement() == Statement.Placement.AFTER_TRANSACTION && restoresSeen.add(statement.sql().strip())) {
                    List<String> sql = statement.query().isPresent() ? executor.read(statement.query().get())
                            : List.of(statement.sql());
                    restores.push(new Restore(statement, sql));
                }
            }
        }
        for (RenderedStep step : steps) {
            for (Statement statement : step.statements()) {
                if (statement.placement() == Statement.Placement.BEFORE_TRANSACTION && inEffect.add(statement.sql().strip())) {
                    LOG.debug("Before the transaction: {}", statement.sql());
                    executor.execute(statement);
                }
            }
        }
    }

    /**
     * Puts every setting back, each restore tried even when one fails; the transaction has ended.
     *
     * @throws SQLException the first restore's failure, the others added to it
     */
    void restore() throws SQLException {
        inEffect.clear();
        SQLException failure = null;
        while (!restores.isEmpty()) {
            Restore restore = restores.pop();
            for (String sql : restore.sql) {
                try {
                    LOG.debug("After the transaction: {}", sql);
                    executor.execute(Statement.outsideTransaction(sql), restore.statement);
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Puts every setting back after a failure; a failure to do so is added to {@code cause}. */
    void restore(Exception cause) {
        try {
            restore();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private record Restore(Statement statement, List<String> sql) {
    }
}
