package dev.migrate.engine.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML and JSON documents as plain Java trees ({@link Map}, {@link List}, {@link String},
 * {@link Number}, {@link Boolean}, {@code null}) and back, through Jackson's streaming API.
 *
 * <p>Streaming keeps start-up short: no object mapper, no reflection. Callers outside this
 * package never see a Jackson type.
 */
public final class StructuredText {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private StructuredText() {
    }

    /** Reads a YAML file (or a JSON file, by its {@code .json} ending) into a tree. */
    public static Object read(Path file) throws IOException, DocumentException {
        boolean json = file.getFileName().toString().endsWith(".json");
        try (JsonParser parser = (json ? JSON : YAML).createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            return first == null ? null : value(parser, first);
        } catch (JsonProcessingException e) {
            throw new DocumentException(file, describe(e), e);
        }
    }

    /** Reads YAML text into a tree. */
    public static Object readYaml(String text) throws DocumentException {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : value(parser, first);
        } catch (JsonProcessingException e) {
            throw new DocumentException(null, describe(e), e);
        } catch (IOException e) {
            throw new DocumentException(null, e.getMessage(), e);
        }
    }

    /** Writes a tree as indented JSON followed by a line break. */
    public static void writeJson(Object tree, Writer out) throws IOException {
        JsonGenerator generator = JSON.createGenerator(out);
        generator.setPrettyPrinter(new DefaultPrettyPrinter());
        write(generator, tree);
        generator.flush();
        out.write(System.lineSeparator());
        out.flush();
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    if (map.containsKey(key)) {
                        throw new JsonProcessingException("duplicate key '" + key + "'", parser.currentLocation()) {
                            private static final long serialVersionUID = 1L;
                        };
                    }
                    map.put(key, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(value(parser, t));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonProcessingException("unexpected " + token, parser.currentLocation()) {
                    private static final long serialVersionUID = 1L;
                };
        }
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Boolean b) {
            generator.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            generator.writeNumber(n.doubleValue());
        } else {
            generator.writeString(value.toString());
        }
    }

    /** One line: where and what, without SnakeYAML's multi-line snippet and caret. */
    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
            return "line " + (yaml.getProblemMark().getLine() + 1) + ", column " + (yaml.getProblemMark().getColumn() + 1)
                    + ": " + yaml.getProblem() + context;
        }
        return location(e.getLocation()) + e.getOriginalMessage();
    }

    private static String location(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}
