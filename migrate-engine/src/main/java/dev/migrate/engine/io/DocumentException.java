package dev.migrate.engine.io;

import java.nio.file.Path;
import java.util.Optional;

/** A YAML or JSON document that could not be parsed; the message gives line and column. */
public final class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    DocumentException(Path file, String message, Throwable cause) {
        super(message.replaceAll("\\s*\\R\\s*", " ").strip(), cause);
        this.file = file;
    }

    /** The file that failed, when the document came from one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
