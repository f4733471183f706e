package dev.migrate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into {@code version.properties} at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /**
     * The version of this build, e.g. {@code 0.1.0-SNAPSHOT}: from the jar's manifest, which the
     * class loader has read already, else (classes run from a folder) from the properties file.
     */
    public static String version() {
        String implementation = VersionProvider.class.getPackage().getImplementationVersion();
        if (implementation != null) {
            return implementation;
        }
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"migrate " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
