package dev.migrate.engine.drift;

import java.util.List;

/**
 * What {@code check} found: one line per problem (an applied revision whose operations changed, a
 * database revision the scripts lack) and how many applied revisions matched their recorded checksum.
 */
public record DriftReport(List<String> problems, int matched) {

    public DriftReport {
        problems = List.copyOf(problems);
    }

    /** Whether the database and the scripts agree. */
    public boolean clean() {
        return problems.isEmpty();
    }
}
