package dev.migrate.engine.execution;

import dev.migrate.engine.plan.MigrationPlan;
import dev.migrate.engine.render.RenderedStep;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of a plan rendered on a thread of their own while the run executes the first ones
 * (rendering is CPU, executing mostly waits for the database): a list whose {@link #get} waits for
 * its step, and throws what stopped the rendering at the step that could not be rendered.
 */
final class RenderedAhead extends AbstractList<RenderedStep> {

    private static final Logger LOG = LoggerFactory.getLogger(RenderedAhead.class);

    private final int size;
    /** Guarded by this. */
    private final List<RenderedStep> rendered = new ArrayList<>();
    /** What stopped the rendering; guarded by this. */
    private RuntimeException failure;
    /** Whether the run no longer needs the steps; guarded by this. */
    private boolean cancelled;

    private RenderedAhead(int size) {
        this.size = size;
    }

    /** Starts rendering {@code plan}'s steps with {@code renderer} on a daemon thread. */
    static RenderedAhead start(MigrationPlan plan, OnlineRunner.StepRenderer renderer) {
        RenderedAhead steps = new RenderedAhead(plan.steps().size());
        Thread thread = new Thread(() -> {
            try {
                long started = System.nanoTime();
                renderer.render(plan, steps::rendered);
                LOG.debug("Rendered {} steps in {} ms", steps.size, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | Error e) {
                steps.fail(e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e));
            }
        }, "migrate-render");
        thread.setDaemon(true);
        thread.start();
        return steps;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public synchronized RenderedStep get(int index) {
        boolean interrupted = false;
        try {
            while (rendered.size() <= index && failure == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (index < rendered.size()) {
            return rendered.get(index);
        }
        throw failure;
    }

    /** How many steps are rendered so far: {@link #get} returns those without waiting. */
    synchronized int ready() {
        return rendered.size();
    }

    /** Stops the rendering after the step being rendered: the run ended. */
    synchronized void cancel() {
        cancelled = true;
    }

    private void rendered(RenderedStep step) {
        step.checksum(); // here, off the thread that runs the steps (their history rows hold it)
        publish(step);
    }

    private synchronized void publish(RenderedStep step) {
        if (cancelled) {
            throw new CancellationException("the run ended");
        }
        rendered.add(step);
        notifyAll();
    }

    private synchronized void fail(RuntimeException e) {
        failure = e;
        notifyAll();
    }
}
