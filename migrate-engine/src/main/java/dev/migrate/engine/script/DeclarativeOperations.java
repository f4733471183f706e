package dev.migrate.engine.script;

import dev.migrate.engine.plan.Direction;
import java.nio.file.Path;

/** Placeholder. */
final class DeclarativeOperations {
    private DeclarativeOperations() {
    }

    static void read(Path file, Direction direction, RecordingOperations recorder) {
        throw new UnsupportedOperationException("not yet");
    }
}
