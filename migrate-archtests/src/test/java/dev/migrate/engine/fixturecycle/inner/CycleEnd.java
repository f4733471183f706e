package dev.migrate.engine.fixturecycle.inner;

/** The other half of a package cycle. */
public class CycleEnd {
    public dev.migrate.engine.fixturecycle.CycleStart back() {
        return new dev.migrate.engine.fixturecycle.CycleStart();
    }
}
