package dev.migrate.engine.compiler;

import dev.migrate.api.MigrateException;
import dev.migrate.api.Migration;
import dev.migrate.engine.source.ScriptException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Compiles one Java revision script in memory with the JDK's compiler, against the class path
 * migrate runs with (which holds {@code migrate-api}), and returns its classes' bytes by name.
 */
final class ScriptCompiler {

    static final String NO_COMPILER = "Compiling Java revision scripts needs a JDK (javac); this Java runtime has none. "
            + "Run migrate with a JDK, or write revisions as YAML.";

    private final Optional<JavaCompiler> compiler;

    ScriptCompiler(Optional<JavaCompiler> compiler) {
        this.compiler = compiler;
    }

    /**
     * The classes compiled from {@code source}.
     *
     * @throws ScriptException {@code FILE:LINE: message} for the first error, saying how many more there are
     */
    Map<String, byte[]> compile(Path file, String source) {
        JavaCompiler javac = compiler.orElseThrow(() -> new MigrateException(MigrateException.Kind.CONFIGURATION, NO_COMPILER));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> output = new LinkedHashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new ClassOutput(className, output);
            }
        };
        List<String> options = List.of("-classpath", classPath(), "-proc:none", "-g", "-nowarn", "-Xlint:none",
                "-implicit:none");
        boolean ok = javac.getTask(null, manager, diagnostics, options, null, List.of(new Source(file, source))).call();
        if (!ok) {
            throw firstError(file, diagnostics.getDiagnostics());
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }

    /**
     * The classes of many scripts, compiled together in one compiler run (far cheaper than one run
     * per script), by script. The scripts must not declare top-level types of the same name.
     *
     * @throws ScriptException for the first error, naming its file and line
     */
    Map<Path, Map<String, byte[]>> compileAll(Map<Path, String> sources) {
        JavaCompiler javac = compiler.orElseThrow(() -> new MigrateException(MigrateException.Kind.CONFIGURATION, NO_COMPILER));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<URI, Path> files = new LinkedHashMap<>();
        List<Source> units = new ArrayList<>();
        sources.forEach((file, text) -> {
            Source unit = new Source(file, text);
            units.add(unit);
            files.put(unit.toUri(), file);
        });
        Map<Path, Map<String, ByteArrayOutputStream>> output = new LinkedHashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                Path file = sibling == null ? null : files.get(sibling.toUri());
                return new ClassOutput(className, output.computeIfAbsent(file, f -> new LinkedHashMap<>()));
            }
        };
        List<String> options = List.of("-classpath", classPath(), "-proc:none", "-g", "-nowarn", "-Xlint:none",
                "-implicit:none");
        if (!javac.getTask(null, manager, diagnostics, options, null, units).call()) {
            Diagnostic<? extends JavaFileObject> first = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst().orElse(null);
            Path file = first == null || first.getSource() == null ? sources.keySet().iterator().next()
                    : files.getOrDefault(first.getSource().toUri(), sources.keySet().iterator().next());
            throw firstError(file, diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getSource() != null && file.equals(files.get(d.getSource().toUri()))).toList());
        }
        Map<Path, Map<String, byte[]>> classes = new LinkedHashMap<>();
        output.forEach((file, byName) -> {
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            byName.forEach((name, stream) -> bytes.put(name, stream.toByteArray()));
            classes.put(file, bytes);
        });
        return classes;
    }

    private static ScriptException firstError(Path file, List<Diagnostic<? extends JavaFileObject>> all) {
        List<Diagnostic<? extends JavaFileObject>> errors = all.stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        if (errors.isEmpty()) {
            return new ScriptException(file.toString(), 0, "does not compile");
        }
        Diagnostic<? extends JavaFileObject> first = errors.get(0);
        String message = first.getMessage(null).replaceAll("\\s*\\R\\s*", "; ").strip();
        int more = errors.size() - 1;
        String rest = more == 0 ? "" : " (and " + more + " more error" + (more == 1 ? "" : "s") + ")";
        return new ScriptException(file.toString(), (int) Math.max(first.getLineNumber(), 0), message + rest);
    }

    /** The running class path, plus where {@code migrate-api} was loaded from when that is elsewhere. */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        String running = System.getProperty("java.class.path", "");
        for (String entry : running.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        CodeSource api = Migration.class.getProtectionDomain().getCodeSource();
        if (api != null && api.getLocation() != null) {
            try {
                entries.add(Path.of(api.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file (a nested jar, say): the running class path has to do
            }
        }
        return String.join(File.pathSeparator, new ArrayList<>(entries));
    }

    /** A script's text; it compiles whatever its file and class are called. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(Path file, String text) {
            super(uri(file), Kind.SOURCE);
            this.text = text;
        }

        private static URI uri(Path file) {
            return file.toAbsolutePath().toUri();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return kind == Kind.SOURCE;
        }
    }

    /** Collects one compiled class's bytes. */
    private static final class ClassOutput extends SimpleJavaFileObject {
        private final String className;
        private final Map<String, ByteArrayOutputStream> output;

        ClassOutput(String className, Map<String, ByteArrayOutputStream> output) {
            super(URI.create("bytes:///" + className.replace('.', '/') + ".class"), Kind.CLASS);
            this.className = className;
            this.output = output;
        }

        @Override
        public OutputStream openOutputStream() {
            return output.computeIfAbsent(className, n -> new ByteArrayOutputStream());
        }
    }
}
