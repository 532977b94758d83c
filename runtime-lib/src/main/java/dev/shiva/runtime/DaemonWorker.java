package dev.shiva.runtime;

import java.time.Duration;

/**
 * A long-running loop under a {@code daemon_root} dispatcher. {@link #start()} runs on its own
 * thread, one per {@code coro} instance, and must return once {@link #running()} turns false (a
 * stop was requested) or its thread is interrupted. {@link #pause(Duration)} waits and wakes early
 * on stop, so a loop written with it stops promptly.
 */
public abstract class DaemonWorker<C> extends Worker<C> {

    private final Object wakeUp = new Object();
    private volatile boolean running = true;

    /** The loop. Runs until it returns, a stop is requested, or it throws (which is logged and counted). */
    public abstract void start() throws Exception;

    /** True until the service asks this worker to stop. */
    protected final boolean running() {
        return running;
    }

    /** Waits up to {@code duration}; returns early (false) when a stop is requested. */
    protected final boolean pause(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (wakeUp) {
            while (running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                wakeUp.wait(Math.max(1, left / 1_000_000));
            }
        }
        return false;
    }

    /** Called by the runtime when the service stops, before {@link #stop()}. Not for user code. */
    public final void requestStop() {
        running = false;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }
}
