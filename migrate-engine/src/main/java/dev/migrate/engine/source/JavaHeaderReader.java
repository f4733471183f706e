package dev.migrate.engine.source;

import dev.migrate.api.revision.RevisionHeader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code @Revision(...)} annotation from the source text of a Java revision script
 * without compiling it. Tolerant of comments, string escapes, text blocks, single values or
 * arrays, and {@code +} concatenation of string literals; anything else is a
 * {@link ScriptException} naming the file, line and what was expected.
 */
public final class JavaHeaderReader {

    private static final Set<String> ELEMENTS = Set.of("id", "revises", "branchLabels", "dependsOn", "message", "created");

    private final String source;
    private final JavaTokens tokens;

    private JavaHeaderReader(String source, String text) {
        this.source = source;
        this.tokens = new JavaTokens(source, text);
    }

    /** Reads the header of the script at {@code source} (a path, for messages) from its text. */
    public static RevisionHeader read(String source, String text) {
        return new JavaHeaderReader(source, text).read();
    }

    private RevisionHeader read() {
        if (!tokens.skipToAnnotation("Revision", "dev.migrate.api.Revision")) {
            throw new ScriptException(source, 1, "no @Revision(...) annotation; a Java revision script declares "
                    + "@Revision(id = \"...\", revises = {...}) on its class");
        }
        int annotationLine = tokens.line();
        tokens.expect("(", "'(' after @Revision");
        Map<String, List<String>> elements = new LinkedHashMap<>();
        if (!tokens.tryConsume(")")) {
            do {
                if (tokens.peekIs(")")) {
                    break;
                }
                int line = tokens.line();
                String name = tokens.identifier("an element name such as id, revises or message");
                if (!ELEMENTS.contains(name)) {
                    throw new ScriptException(source, line, "unknown @Revision element '" + name
                            + "'; known elements: id, revises, branchLabels, dependsOn, message, created");
                }
                if (elements.containsKey(name)) {
                    throw new ScriptException(source, line, "@Revision element '" + name + "' is given twice");
                }
                tokens.expect("=", "'=' after '" + name + "'");
                elements.put(name, values(name));
            } while (tokens.tryConsume(","));
            tokens.expect(")", "',' or ')' in @Revision");
        }
        List<String> id = elements.get("id");
        if (id == null) {
            throw new ScriptException(source, annotationLine, "@Revision has no id; add id = \"...\"");
        }
        if (id.size() != 1) {
            throw new ScriptException(source, annotationLine, "@Revision id must be one string, not an array");
        }
        return new RevisionHeader(id.get(0), elements.getOrDefault("revises", List.of()),
                elements.getOrDefault("dependsOn", List.of()), elements.getOrDefault("branchLabels", List.of()),
                single(elements, "message", annotationLine).orElse(""),
                single(elements, "created", annotationLine).filter(c -> !c.isBlank()), source);
    }

    private Optional<String> single(Map<String, List<String>> elements, String name, int line) {
        List<String> values = elements.get(name);
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() != 1) {
            throw new ScriptException(source, line, "@Revision " + name + " must be one string, not an array");
        }
        return Optional.of(values.get(0));
    }

    /** A string expression, or an array initializer of them. */
    private List<String> values(String name) {
        if (!tokens.tryConsume("{")) {
            return List.of(stringExpression(name));
        }
        List<String> values = new ArrayList<>();
        while (!tokens.tryConsume("}")) {
            values.add(stringExpression(name));
            if (!tokens.tryConsume(",")) {
                tokens.expect("}", "',' or '}' in the array of '" + name + "'");
                break;
            }
        }
        return values;
    }

    private String stringExpression(String name) {
        StringBuilder value = new StringBuilder(tokens.stringLiteral("a string literal for '" + name + "'"));
        while (tokens.tryConsume("+")) {
            value.append(tokens.stringLiteral("a string literal after '+' in '" + name + "'"));
        }
        return value.toString();
    }
}
