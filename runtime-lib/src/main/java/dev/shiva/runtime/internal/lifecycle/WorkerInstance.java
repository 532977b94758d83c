package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.DaemonWorker;
import dev.shiva.runtime.Worker;
import dev.shiva.runtime.internal.metrics.WorkerMeters;

/** One running worker object: a {@code coro} instance of a planned worker, with its meters. */
final class WorkerInstance {

    private final PlannedWorker plan;
    private final int index;
    private final Worker<?> worker;
    private final WorkerMeters.Tracker meters;
    private volatile boolean prepared;

    WorkerInstance(PlannedWorker plan, int index, Worker<?> worker, WorkerMeters.Tracker meters) {
        this.plan = plan;
        this.index = index;
        this.worker = worker;
        this.meters = meters;
    }

    PlannedWorker plan() {
        return plan;
    }

    int index() {
        return index;
    }

    Worker<?> worker() {
        return worker;
    }

    WorkerMeters.Tracker meters() {
        return meters;
    }

    /** Daemon and metric workers run a loop on a thread of their own; web workers do not. */
    boolean hasLoop() {
        return worker instanceof DaemonWorker;
    }

    boolean prepared() {
        return prepared;
    }

    void markPrepared() {
        prepared = true;
    }

    /** {@code shiva-<worker name>-<index>}: the loop thread's name, which shows in logs and thread dumps. */
    String threadName() {
        return "shiva-" + plan.name() + "-" + index;
    }

    @Override
    public String toString() {
        return "worker '" + plan.name() + "' instance " + index;
    }
}
