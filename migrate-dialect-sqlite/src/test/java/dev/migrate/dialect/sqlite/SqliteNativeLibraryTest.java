package dev.migrate.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteJDBCLoader;

class SqliteNativeLibraryTest {

    @Test
    void cacheFolderNamesTheDriverVersionAndThePlatform() throws Exception {
        // On the test class path the driver is its own jar, whose version file is present (the
        // shaded jar leaves it out: there the jar's size and time stand in for the version).
        String version = SQLiteJDBCLoader.getVersion();
        String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replace(' ', '_');

        assertEquals(version + "-" + platform, SqliteNativeLibrary.folderName());
    }
}
