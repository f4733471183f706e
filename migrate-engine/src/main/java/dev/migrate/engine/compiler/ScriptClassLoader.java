package dev.migrate.engine.compiler;

import java.util.Map;

/** Defines the classes compiled from one revision script, delegating everything else to the engine's loader. */
final class ScriptClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    ScriptClassLoader(ClassLoader parent, Map<String, byte[]> classes) {
        super("revision-script", parent);
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
