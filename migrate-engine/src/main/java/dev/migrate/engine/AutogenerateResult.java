package dev.migrate.engine;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.autogen.SchemaDiff;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code revision --autogenerate} found and wrote.
 *
 * @param diff the differences between the target model and the database (or the replayed schema)
 * @param written the new revision; empty when there was nothing to do
 */
public record AutogenerateResult(SchemaDiff diff, Optional<RevisionHeader> written) {

    public AutogenerateResult {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(written, "written");
    }
}
