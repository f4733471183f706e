package dev.migrate.engine.compiler;

import dev.migrate.api.Migration;
import dev.migrate.api.Revision;
import dev.migrate.api.TargetModel;
import dev.migrate.engine.source.ScriptException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.ToolProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Java revision script into a {@link Migration} instance: compiles the file on its own
 * (or takes its classes from the cache, by content), loads them in a child class loader of the
 * engine's, and instantiates the class annotated {@link Revision} with its no-argument
 * constructor, which may be package-private.
 */
public final class JavaRevisionLoader {

    private static final Logger LOG = LoggerFactory.getLogger(JavaRevisionLoader.class);
    private static final JavaRevisionLoader SHARED = new JavaRevisionLoader(
            Optional.ofNullable(ToolProvider.getSystemJavaCompiler()));

    private final ScriptCompiler compiler;
    /** Each script's revision class, by the script's text. */
    private final Map<String, Script> loaded = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();

    /** A script's revision class and the id its {@code @Revision} declares. */
    private record Script(Class<? extends Migration> type, String declaredId) {
    }

    /** A new instance of a script's migration, with the id its {@code @Revision} declares. */
    public record Loaded(Migration migration, String declaredId) {
    }

    /** A loader compiling with {@code compiler}; empty when the runtime has none (a JRE). */
    public JavaRevisionLoader(Optional<javax.tools.JavaCompiler> compiler) {
        this.compiler = new ScriptCompiler(compiler);
    }

    /** The loader of this process, with the system Java compiler. */
    public static JavaRevisionLoader shared() {
        return SHARED;
    }

    /**
     * A new instance of the migration {@code file} declares.
     *
     * @throws ScriptException when the file cannot be read, does not compile, or declares no migration
     */
    public Migration load(Path file) {
        return load(file, read(file));
    }

    /**
     * The text of the script {@code file}.
     *
     * @throws ScriptException when it cannot be read
     */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * {@link #load(Path)} of a script whose text {@code source} was read already (by
     * {@link #sources} or {@link #preload(List)}), so that a run reads each script once.
     */
    public Migration load(Path file, String source) {
        return loadRevision(file, source).migration();
    }

    /**
     * {@link #load(Path, String)} with the id the script's {@code @Revision} declares, which comes
     * from the class cache when the script was loaded before: no annotation is parsed then.
     */
    public Loaded loadRevision(Path file, String source) {
        Script script = loaded.computeIfAbsent(source, s -> script(file, s));
        return new Loaded(instantiate(file, script.type()), script.declaredId());
    }

    /**
     * A new instance of the {@link TargetModel} class {@code file} declares (the schema
     * {@code target_model} names), compiled like a revision script and cached by content.
     *
     * @throws ScriptException when the file cannot be read, does not compile, or declares no target model
     */
    public TargetModel loadModel(Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot read the target model: " + e.getMessage());
        }
        Map<String, byte[]> classes = classes(file, source, true).classes();
        ClassLoader loader = new ScriptClassLoader(JavaRevisionLoader.class.getClassLoader(), classes);
        List<Class<? extends TargetModel>> found = new ArrayList<>();
        for (String name : classes.keySet()) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (TargetModel.class.isAssignableFrom(type) && !type.isInterface()
                        && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                    found.add(type.asSubclass(TargetModel.class));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ScriptException(file + ": cannot load class " + name + ": " + e);
            }
        }
        if (found.size() != 1) {
            throw new ScriptException(file + ": " + (found.isEmpty() ? "no class implements" : found.size()
                    + " classes implement") + " dev.migrate.api.TargetModel; the target model file declares exactly one");
        }
        return instantiate(file, found.get(0));
    }

    /**
     * Makes the scripts {@code files} ready to load, compiling those not in the class cache
     * together: one compiler run for many scripts instead of one each. Scripts declaring a
     * top-level type of the same name go into separate runs.
     *
     * @return the text of each script, as read here (for {@link #load(Path, String)})
     */
    public Map<Path, String> preload(List<Path> files) {
        Map<Path, String> sources = sources(files);
        preload(sources);
        return sources;
    }

    /** The text of each script of {@code files}, read once, for {@link #compiled(Map)} and {@link #preload(Map)}. */
    public Map<Path, String> sources(List<Path> files) {
        Map<Path, String> sources = new LinkedHashMap<>();
        // Independent small files: read them on every core (an upgrade waits for them before its first step).
        List<String> texts = files.size() > 1 ? files.parallelStream().map(JavaRevisionLoader::read).toList()
                : files.stream().map(JavaRevisionLoader::read).toList();
        for (int i = 0; i < files.size(); i++) {
            sources.put(files.get(i), texts.get(i));
        }
        return sources;
    }

    /** {@link #preload(List)} for scripts whose text was read already. */
    public void preload(Map<Path, String> texts) {
        Map<Path, String> sources = new LinkedHashMap<>();
        texts.forEach((file, source) -> {
            if (!loaded.containsKey(source)) {
                sources.put(file, source);
            }
        });
        // Cache files are independent: read them on every core.
        Map<Path, Optional<ClassCache.Compiled>> cached = new LinkedHashMap<>();
        List<Path> order = new ArrayList<>(sources.keySet());
        List<Optional<ClassCache.Compiled>> read = order.parallelStream().map(f -> ClassCache.read(sources.get(f))).toList();
        for (int i = 0; i < order.size(); i++) {
            cached.put(order.get(i), read.get(i));
        }
        Map<Path, String> missing = new LinkedHashMap<>();
        Map<Path, ClassCache.Compiled> ready = new LinkedHashMap<>();
        cached.forEach((file, classes) -> {
            if (classes.isPresent()) {
                ready.put(file, classes.get());
            } else {
                missing.put(file, sources.get(file));
            }
        });
        for (Map<Path, String> group : TypeNames.groupsWithUniqueNames(missing)) {
            LOG.debug("Compiling {} scripts together", group.size());
            Map<Path, Map<String, byte[]>> compiled = group.size() == 1
                    ? Map.of(group.keySet().iterator().next(), compiler.compile(group.keySet().iterator().next(), group.values().iterator().next()))
                    : compiler.compileAll(group);
            group.forEach((file, source) -> {
                compilations.incrementAndGet();
                ready.put(file, new ClassCache.Compiled(compiled.getOrDefault(file, Map.of()))); // cached once loaded
            });
        }
        define(ready, sources);
    }

    /**
     * Whether every script of {@code sources} is loaded or has classes in the cache, so that loading
     * them needs no compiler (and cannot fail to compile).
     */
    public boolean compiled(Map<Path, String> sources) {
        return sources.values().parallelStream().allMatch(source -> loaded.containsKey(source) || ClassCache.has(source));
    }

    /** Defines the scripts' classes, one class loader per group of scripts whose class names do not clash. */
    private void define(Map<Path, ClassCache.Compiled> ready, Map<Path, String> sources) {
        Map<Path, Set<String>> names = new LinkedHashMap<>();
        ready.forEach((file, compiled) -> names.put(file, compiled.classes().keySet()));
        for (List<Path> group : TypeNames.groups(names)) {
            Map<String, byte[]> all = new LinkedHashMap<>();
            group.forEach(file -> all.putAll(ready.get(file).classes()));
            ClassLoader loader = new ScriptClassLoader(JavaRevisionLoader.class.getClassLoader(), all);
            for (Path file : group) {
                loaded.computeIfAbsent(sources.get(file), s -> script(file, s, ready.get(file), loader));
            }
        }
    }

    /** Compiles {@code source} unless its classes are in the cache, and finds its revision class. */
    private Script script(Path file, String source) {
        ClassCache.Compiled compiled = classes(file, source, false);
        return script(file, source, compiled, new ScriptClassLoader(JavaRevisionLoader.class.getClassLoader(),
                compiled.classes()));
    }

    /**
     * The revision class among {@code compiled}'s classes, defined by {@code loader}: the one the
     * cache names, else the one annotated {@code @Revision}, which the cache then names.
     */
    private static Script script(Path file, String source, ClassCache.Compiled compiled, ClassLoader loader) {
        if (compiled.revisionKnown()) {
            try {
                Class<?> type = Class.forName(compiled.revisionClass(), false, loader);
                return new Script(type.asSubclass(Migration.class), compiled.revisionId());
            } catch (ClassNotFoundException | LinkageError | ClassCastException e) {
                throw new ScriptException(file + ": cannot load class " + compiled.revisionClass() + ": " + e);
            }
        }
        Class<? extends Migration> type = migrationClass(file, compiled.classes().keySet(), loader);
        Script script = new Script(type, type.getAnnotation(Revision.class).id());
        ClassCache.write(source, new ClassCache.Compiled(compiled.classes(), type.getName(), script.declaredId()));
        return script;
    }

    /** How many scripts this loader has compiled (cache misses). */
    public int compilations() {
        return compilations.get();
    }

    /**
     * The classes of {@code source}, from the cache or compiled; compiled ones are cached now when
     * {@code cacheNow} (a target model's), else once the revision class is known ({@link #script}).
     */
    private ClassCache.Compiled classes(Path file, String source, boolean cacheNow) {
        Optional<ClassCache.Compiled> cached = ClassCache.read(source);
        if (cached.isPresent()) {
            LOG.debug("Using cached classes of {}", file);
            return cached.get();
        }
        LOG.debug("Compiling {}", file);
        compilations.incrementAndGet();
        ClassCache.Compiled compiled = new ClassCache.Compiled(compiler.compile(file, source));
        if (cacheNow) {
            ClassCache.write(source, compiled);
        }
        return compiled;
    }

    private static Class<? extends Migration> migrationClass(Path file, Set<String> classNames, ClassLoader loader) {
        List<Class<? extends Migration>> found = new ArrayList<>();
        for (String name : classNames) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Revision.class) && Migration.class.isAssignableFrom(type)) {
                    found.add(type.asSubclass(Migration.class));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ScriptException(file + ": cannot load class " + name + ": " + e);
            }
        }
        if (found.size() != 1) {
            throw new ScriptException(file + ": " + (found.isEmpty() ? "no class" : found.size() + " classes")
                    + " annotated @Revision implement" + (found.size() > 1 ? "" : "s") + " Migration; a revision "
                    + "script declares exactly one");
        }
        return found.get(0);
    }

    private static <T> T instantiate(Path file, Class<? extends T> type) {
        try {
            Constructor<? extends T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ScriptException(file + ": class " + type.getSimpleName() + " needs a constructor without parameters");
        } catch (InvocationTargetException e) {
            throw new ScriptException(file + ": constructing " + type.getSimpleName() + " failed: " + e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ScriptException(file + ": cannot instantiate " + type.getSimpleName() + ": " + e);
        }
    }
}
