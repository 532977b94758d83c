package dev.shiva.runtime.internal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's own meters, in Prometheus names: {@code shiva_dispatcher_workers{dispatcher}} (running
 * worker instances of a dispatcher), {@code shiva_worker_running{dispatcher,worker}} (running
 * instances of a worker) and {@code shiva_worker_failures_total{dispatcher,worker}} (loops that ended
 * with an exception). They are registered when a worker is planned, so that they read 0 rather than
 * being absent before the first instance runs or fails.
 */
public final class WorkerMeters {

    public static final String DISPATCHER_WORKERS = "shiva.dispatcher.workers";
    public static final String WORKER_RUNNING = "shiva.worker.running";
    public static final String WORKER_FAILURES = "shiva.worker.failures";

    private final MeterRegistry registry;
    // Gauges hold their state weakly: these maps keep it alive as long as the service.
    private final Map<String, AtomicInteger> byDispatcher = new ConcurrentHashMap<>();
    private final Map<String, Tracker> byWorker = new ConcurrentHashMap<>();

    public WorkerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The meters of one worker (all its instances) under one dispatcher. */
    public Tracker track(String dispatcher, String worker) {
        AtomicInteger dispatcherCount = byDispatcher.computeIfAbsent(dispatcher, d -> {
            AtomicInteger count = new AtomicInteger();
            Gauge.builder(DISPATCHER_WORKERS, count, AtomicInteger::get)
                    .description("Worker instances running under a dispatcher")
                    .tag("dispatcher", d)
                    .register(registry);
            return count;
        });
        return byWorker.computeIfAbsent(dispatcher + '\u0000' + worker, k -> {
            AtomicInteger running = new AtomicInteger();
            Gauge.builder(WORKER_RUNNING, running, AtomicInteger::get)
                    .description("Running instances of a worker")
                    .tags("dispatcher", dispatcher, "worker", worker)
                    .register(registry);
            Counter failures = Counter.builder(WORKER_FAILURES)
                    .description("Worker loops that ended with an exception")
                    .tags("dispatcher", dispatcher, "worker", worker)
                    .register(registry);
            return new Tracker(dispatcherCount, running, failures);
        });
    }

    /** Counts one worker's instances in and out of running, and its failures. */
    public static final class Tracker {
        private final AtomicInteger dispatcher;
        private final AtomicInteger running;
        private final Counter failures;

        Tracker(AtomicInteger dispatcher, AtomicInteger running, Counter failures) {
            this.dispatcher = dispatcher;
            this.running = running;
            this.failures = failures;
        }

        public void started() {
            running.incrementAndGet();
            dispatcher.incrementAndGet();
        }

        public void ended() {
            running.decrementAndGet();
            dispatcher.decrementAndGet();
        }

        public void failed() {
            failures.increment();
        }
    }
}
