package dev.migrate.engine.config;

import dev.migrate.engine.discovery.Urls;
import java.util.Optional;

/**
 * Where the database is and how to log in. {@link #toString()} never shows the password.
 *
 * @param url the JDBC URL; empty when none is configured
 * @param user login name, when not part of the URL
 * @param password password, when not part of the URL
 * @param dialect a dialect name that overrides the choice by URL
 */
public record DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password,
        Optional<String> dialect) {

    /** The URL with passwords masked, for messages. */
    public String redactedUrl() {
        return url.map(Urls::redact).orElse("(no url)");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user.orElse("") + ", password="
                + (password.isPresent() ? "***" : "") + ", dialect=" + dialect.orElse("") + "]";
    }
}
