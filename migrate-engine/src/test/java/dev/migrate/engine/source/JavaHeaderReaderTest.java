package dev.migrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.api.revision.RevisionHeader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaHeaderReaderTest {

    private static RevisionHeader read(String text) {
        return JavaHeaderReader.read("V.java", text);
    }

    private static String error(String text) {
        return assertThrows(ScriptException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsTheDesignExample() {
        RevisionHeader h = read("""
                // migrations/versions/20260117_0930_create_users_table.java
                import dev.migrate.api.*;

                @Revision(id = "20260117_0930", revises = {}, message = "Create users table",
                          created = "2026-01-17T09:30:00")
                class CreateUsersTable implements Migration {
                    @Override public void upgrade(Operations op) { }
                    @Override public void downgrade(Operations op) { }
                }
                """);
        assertEquals(new RevisionHeader("20260117_0930", List.of(), List.of(), List.of(), "Create users table",
                Optional.of("2026-01-17T09:30:00"), "V.java"), h);
    }

    @Test
    void singleValuesArraysLabelsAndDependencies() {
        RevisionHeader h = read("""
                @dev.migrate.api.Revision(
                    id = "c3",
                    revises = {"a1", "b2",},           // merge, trailing comma
                    branchLabels = "billing",
                    dependsOn = {"x9"},
                    message = "Merge" + " " + "branches")
                final class M implements Migration {}
                """);
        assertEquals("c3", h.id());
        assertEquals(List.of("a1", "b2"), h.revises());
        assertEquals(List.of("billing"), h.branchLabels());
        assertEquals(List.of("x9"), h.dependsOn());
        assertEquals("Merge branches", h.message());
        assertEquals(Optional.empty(), h.created());
    }

    @Test
    void ignoresLookalikesInCommentsAndStrings() {
        RevisionHeader h = read("""
                /* @Revision(id = "commented") */
                // @Revision(id = "line comment")
                class Doc { String s = "@Revision(id = \\"in a string\\")"; char c = '@'; }
                @Revision(id = "real", revises = "prev")
                class R {}
                """);
        assertEquals("real", h.id());
        assertEquals(List.of("prev"), h.revises());
    }

    @Test
    void decodesEscapesUnicodeAndTextBlocks() {
        RevisionHeader h = read("@Revision(id = \"e1\", message = \"Tab\\there \\\"quoted\\\" caf\\u00e9 \\\\ end\")\nclass E {}");
        assertEquals("Tab\there \"quoted\" café \\ end", h.message());
        RevisionHeader block = read("@Revision(id = \"t1\", message = \"\"\"\n    Add the\n    users table\"\"\")\nclass T {}");
        assertEquals("Add the\nusers table", block.message());
    }

    @Test
    void emptyAnnotationArraysAndCommentsBetweenTokens() {
        RevisionHeader h = read("@Revision( /* c */ id /* c */ = /* c */ \"x1\" , revises = { } , dependsOn = {})class X{}");
        assertEquals("x1", h.id());
        assertEquals(List.of(), h.revises());
    }

    @Test
    void refusesWhatItCannotReadWithoutCompiling() {
        assertEquals("V.java:1: no @Revision(...) annotation; a Java revision script declares "
                + "@Revision(id = \"...\", revises = {...}) on its class", error("class A implements Migration {}"));
        assertEquals("V.java:1: @Revision has no id; add id = \"...\"", error("@Revision(message = \"m\") class A {}"));
        assertEquals("V.java:2: malformed @Revision: expected a string literal for 'id' (values must be literals: graph "
                + "commands read them without compiling), found 'ID)'", error("@Revision(\nid = ID)\nclass A {}"));
        assertEquals("V.java:1: unknown @Revision element 'down_revision'; known elements: id, revises, branchLabels, "
                + "dependsOn, message, created", error("@Revision(id = \"a\", down_revision = \"b\") class A {}"));
        assertEquals("V.java:1: @Revision element 'id' is given twice", error("@Revision(id = \"a\", id = \"b\") class A {}"));
        assertEquals("V.java:1: unterminated string literal", error("@Revision(id = \"a) class A {}"));
        assertEquals("V.java:1: malformed @Revision: expected ',' or ')' in @Revision, found 'revises = {}) class'",
                error("@Revision(id = \"a\" revises = {}) class A {}"));
        assertEquals("V.java:1: @Revision id must be one string, not an array", error("@Revision(id = {\"a\", \"b\"}) class A {}"));
        assertEquals("V.java:1: malformed @Revision: expected ',' or '}' in the array of 'revises', found ') class A {}'",
                error("@Revision(id = \"a\", revises = {\"b\") class A {}"));
        assertEquals("V.java:1: malformed @Revision: expected '(' after @Revision, found 'class A {}'",
                error("@Revision class A {}"));
    }
}
