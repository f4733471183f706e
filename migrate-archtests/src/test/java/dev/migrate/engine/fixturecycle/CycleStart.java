package dev.migrate.engine.fixturecycle;

/** One half of a package cycle. */
public class CycleStart {
    public dev.migrate.engine.fixturecycle.inner.CycleEnd next() {
        return new dev.migrate.engine.fixturecycle.inner.CycleEnd();
    }
}
