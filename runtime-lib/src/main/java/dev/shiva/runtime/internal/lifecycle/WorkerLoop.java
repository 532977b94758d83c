package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.DaemonWorker;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one daemon or metric instance's {@code start()} on its thread. A loop that throws is logged
 * with its stack trace and counted in {@code shiva_worker_failures_total}; that instance ends and the
 * service keeps running, as Python Shiva's task did (a restart is the orchestrator's decision, made
 * visible by the metric). An interruption during a stop is the expected end, not a failure.
 */
final class WorkerLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerLoop.class);

    private final WorkerInstance instance;
    private final BooleanSupplier stopping;

    WorkerLoop(WorkerInstance instance, BooleanSupplier stopping) {
        this.instance = instance;
        this.stopping = stopping;
    }

    @Override
    public void run() {
        try {
            ((DaemonWorker<?>) instance.worker()).start();
            if (!stopping.getAsBoolean()) {
                LOG.info("{} returned from start() before the service stopped; it has ended", instance);
            }
        } catch (InterruptedException e) {
            if (!stopping.getAsBoolean()) {
                failed(e);
            }
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // NOPMD: any failure of user code ends this instance, never the service
            failed(e);
        } finally {
            instance.meters().ended();
        }
    }

    private void failed(Throwable e) {
        instance.meters().failed();
        LOG.error("{} failed in start(); this instance has ended, the service keeps running", instance, e);
    }
}
