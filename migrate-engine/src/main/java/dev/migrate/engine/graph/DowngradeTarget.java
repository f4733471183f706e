package dev.migrate.engine.graph;

import java.util.Optional;

/**
 * Where a downgrade goes: a revision (empty for base) and, optionally, the branch the downgrade is
 * limited to ({@code label@base}, {@code label@rev}, {@code rev@parent}, {@code label@-1}).
 *
 * @param branch a branch label or revision id whose lineage limits the downgrade
 * @param revision the revision to end at; empty means base
 */
public record DowngradeTarget(Optional<String> branch, Optional<String> revision) {
}
