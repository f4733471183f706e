package dev.migrate.engine.source;

/**
 * A small Java lexer, just enough to find an annotation and read its literal values: it skips
 * white space, comments, character literals and strings, and decodes string literals and text
 * blocks with their escapes.
 */
final class JavaTokens {

    private final String source;
    private final String text;
    private int pos;

    JavaTokens(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** Advances past the next {@code @Name} annotation with one of the given names; false at the end. */
    boolean skipToAnnotation(String simpleName, String qualifiedName) {
        while (true) {
            skipTrivia();
            if (pos >= text.length()) {
                return false;
            }
            char c = text.charAt(pos);
            if (c == '"') {
                stringLiteral("a string");
            } else if (c == '\'') {
                skipCharLiteral();
            } else if (c == '@') {
                pos++;
                skipTrivia();
                if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
                    String name = qualifiedName();
                    if (name.equals(simpleName) || name.equals(qualifiedName)) {
                        return true;
                    }
                }
            } else if (Character.isJavaIdentifierStart(c)) {
                identifierText();
            } else {
                pos++;
            }
        }
    }

    /** The line of the next token. */
    int line() {
        skipTrivia();
        return lineAt(pos);
    }

    private int lineAt(int position) {
        int line = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    boolean peekIs(String punctuation) {
        skipTrivia();
        return text.startsWith(punctuation, pos);
    }

    boolean tryConsume(String punctuation) {
        if (peekIs(punctuation)) {
            pos += punctuation.length();
            return true;
        }
        return false;
    }

    void expect(String punctuation, String what) {
        if (!tryConsume(punctuation)) {
            throw unexpected(what);
        }
    }

    String identifier(String what) {
        skipTrivia();
        if (pos >= text.length() || !Character.isJavaIdentifierStart(text.charAt(pos))) {
            throw unexpected(what);
        }
        return identifierText();
    }

    /** Reads a string literal or text block and returns its decoded value. */
    String stringLiteral(String what) {
        skipTrivia();
        if (!text.startsWith("\"", pos)) {
            throw unexpected(what + " (values must be literals: graph commands read them without compiling)");
        }
        int line = line();
        if (text.startsWith("\"\"\"", pos)) {
            return textBlock(line);
        }
        int start = ++pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '"') {
                return decode(text.substring(start, pos++), line);
            } else if (c == '\n') {
                break;
            } else {
                pos++;
            }
        }
        throw new ScriptException(source, line, "unterminated string literal");
    }

    private String textBlock(int line) {
        pos += 3;
        int newline = text.indexOf('\n', pos);
        int end = text.indexOf("\"\"\"", pos);
        while (end > 0 && text.charAt(end - 1) == '\\' && (end < 2 || text.charAt(end - 2) != '\\')) {
            end = text.indexOf("\"\"\"", end + 1);
        }
        if (newline < 0 || end < 0 || end < newline) {
            throw new ScriptException(source, line, "unterminated or malformed text block");
        }
        pos = end + 3;
        return decode(text.substring(newline + 1, end).stripIndent(), line);
    }

    private String decode(String raw, int line) {
        try {
            return unicodeEscapes(raw).translateEscapes();
        } catch (IllegalArgumentException e) {
            throw new ScriptException(source, line, "bad escape in string literal: " + e.getMessage());
        }
    }

    private String unicodeEscapes(String raw) {
        if (!raw.contains("\\u")) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == '\\') {
                out.append("\\\\");
                i++;
            } else if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < raw.length() && raw.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 > raw.length()) {
                    throw new IllegalArgumentException("incomplete \\u escape");
                }
                out.append((char) Integer.parseInt(raw.substring(j, j + 4), 16));
                i = j + 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void skipCharLiteral() {
        pos++;
        while (pos < text.length() && text.charAt(pos) != '\'' && text.charAt(pos) != '\n') {
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        pos++;
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder(identifierText());
        while (true) {
            int mark = pos;
            skipTrivia();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                skipTrivia();
                if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
                    name.append('.').append(identifierText());
                    continue;
                }
            }
            pos = mark;
            return name.toString();
        }
    }

    private String identifierText() {
        int start = pos++;
        while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipTrivia() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("//", pos)) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new ScriptException(source, lineAt(pos), "unterminated comment");
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private ScriptException unexpected(String what) {
        int line = line();
        String found = pos >= text.length() ? "end of file"
                : "'" + text.substring(pos, Math.min(text.length(), pos + 20)).split("\\R", 2)[0].strip() + "'";
        return new ScriptException(source, line, "malformed @Revision: expected " + what + ", found " + found);
    }
}
