package dev.migrate.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void redactsPasswordParameters() {
        assertEquals("jdbc:postgresql://db:5432/app?user=app&password=***&ssl=true",
                Urls.redact("jdbc:postgresql://db:5432/app?user=app&password=s3cr%26t!&ssl=true"));
        assertEquals("jdbc:sqlserver://h;user=sa;PASSWORD=***;db=x", Urls.redact("jdbc:sqlserver://h;user=sa;PASSWORD=hunter2;db=x"));
    }

    @Test
    void redactsUserInfoPasswords() {
        assertEquals("jdbc:mariadb://root:***@127.0.0.1:3306/app", Urls.redact("jdbc:mariadb://root:pw@127.0.0.1:3306/app"));
    }

    @Test
    void leavesUrlsWithoutPasswordsAlone() {
        assertEquals("jdbc:sqlite:/tmp/app.db", Urls.redact("jdbc:sqlite:/tmp/app.db"));
    }

    @Test
    void findsTheScheme() {
        assertEquals("postgresql", Urls.scheme("jdbc:postgresql://x/y"));
        assertEquals("oracle", Urls.scheme("jdbc:oracle:thin:@h:1521:x"));
        assertEquals("", Urls.scheme("postgres://x"));
    }
}
