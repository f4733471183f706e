package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ScriptFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Values as literals of a script format: Java string and array literals, or YAML flow values. */
public final class ScriptLiterals {

    private final ScriptFormat format;

    public ScriptLiterals(ScriptFormat format) {
        this.format = format;
    }

    public String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    public String list(List<String> values) {
        String items = values.stream().map(this::string).collect(Collectors.joining(", "));
        return format == ScriptFormat.JAVA ? "{" + items + "}" : "[" + items + "]";
    }
}
