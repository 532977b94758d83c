package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.DaemonWorker;
import dev.shiva.runtime.RunningService;
import dev.shiva.runtime.internal.connections.ConnectionSet;
import dev.shiva.runtime.internal.rmq.RmqRuntime;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started service and its stop sequence (SEMANTICS §7): readiness goes down first, the rmq
 * consumers are cancelled, every loop is asked to stop and given the grace period (rmq handlers in
 * flight get the same period), the loops still running are interrupted and given a
 * moment more, then every instance's {@code stop()} is called exactly once in reverse start order,
 * and finally the HTTP server and the ApplicationContext are closed.
 */
public final class ServiceRuntime implements RunningService {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRuntime.class);

    /** How long interrupted loops get to end before the stop goes on without them. */
    static final Duration INTERRUPT_WAIT = Duration.ofSeconds(1);

    private final ApplicationContext context;
    private final ServiceState state;
    private final List<WorkerInstance> instances;
    private final Duration gracePeriod;
    private final Optional<EmbeddedServer> server;
    private final RmqRuntime rmq;
    private final ConnectionSet connections;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean stopClaimed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Runnable onStopBegin = () -> {};

    ServiceRuntime(
            ApplicationContext context,
            ServiceState state,
            List<WorkerInstance> instances,
            Duration gracePeriod,
            Optional<EmbeddedServer> server,
            RmqRuntime rmq,
            ConnectionSet connections) {
        this.rmq = rmq;
        this.connections = connections;
        this.context = context;
        this.state = state;
        this.instances = List.copyOf(instances);
        this.gracePeriod = gracePeriod;
        this.server = server;
    }

    /** Starts every loop on its own thread and opens readiness. */
    void startWorking() {
        rmq.startConsuming(); // first: a failure here leaves no loop thread behind
        for (WorkerInstance instance : instances) {
            instance.meters().started();
            if (instance.hasLoop()) {
                Thread thread = new Thread(new WorkerLoop(instance, this::isStopping), instance.threadName());
                // Daemon threads: a loop that ignores both stop and interrupt cannot keep the JVM alive.
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }
        state.moveTo(ServiceState.Phase.RUNNING);
    }

    /** Runs {@code action} when a stop begins (the launcher's watchdog against a stop that hangs). */
    public void onStopBegin(Runnable action) {
        this.onStopBegin = action;
    }

    public Duration gracePeriod() {
        return gracePeriod;
    }

    @Override
    public ApplicationContext applicationContext() {
        return context;
    }

    @Override
    public int port() {
        return server.map(EmbeddedServer::getPort).orElse(-1);
    }

    @Override
    public void stop() {
        if (!stopClaimed.compareAndSet(false, true)) {
            awaitUninterruptibly();
            return;
        }
        try {
            onStopBegin.run();
            long started = System.nanoTime();
            LOG.info("stopping (grace period {} s)", gracePeriod.toSeconds());
            state.moveTo(ServiceState.Phase.STOPPING);
            rmq.cancelConsumers();
            boolean interrupted = stopLoops();
            rmq.awaitIdle(started + gracePeriod.toNanos());
            callStops();
            rmq.close();
            connections.close(); // after the dispatchers and every stop(): workers may use them until then
            closeContext();
            state.moveTo(ServiceState.Phase.STOPPED);
            LOG.info("stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            stopped.countDown();
        }
    }

    @Override
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private boolean isStopping() {
        return stopClaimed.get();
    }

    /** Asks, waits the grace period, interrupts, waits a moment; true when this thread was interrupted. */
    private boolean stopLoops() {
        for (WorkerInstance instance : instances) {
            if (instance.worker() instanceof DaemonWorker<?> daemon) {
                daemon.requestStop();
            }
        }
        boolean interrupted = joinAll(System.nanoTime() + gracePeriod.toNanos());
        List<Thread> running = threads.stream().filter(Thread::isAlive).toList();
        if (!running.isEmpty()) {
            LOG.warn(
                    "{} did not stop within the grace period of {} s; interrupting",
                    names(running),
                    gracePeriod.toSeconds());
            running.forEach(Thread::interrupt);
            interrupted |= joinAll(System.nanoTime() + INTERRUPT_WAIT.toNanos());
            List<Thread> stuck = running.stream().filter(Thread::isAlive).toList();
            if (!stuck.isEmpty()) {
                LOG.warn("{} ignored the interrupt; stopping without waiting for them", names(stuck));
            }
        }
        return interrupted;
    }

    private boolean joinAll(long deadline) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            while (left > 0 && thread.isAlive()) {
                try {
                    thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    interrupted = true; // finish the stop anyway; the flag is restored afterwards
                }
                left = deadline - System.nanoTime();
            }
        }
        return interrupted;
    }

    /** {@code stop()} once per instance, every kind, last started first. */
    private void callStops() {
        for (int i = instances.size() - 1; i >= 0; i--) {
            WorkerInstance instance = instances.get(i);
            try {
                instance.worker().stop();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) { // NOPMD: one worker's failing stop() must not skip the others'
                LOG.error("{} failed in stop()", instance, e);
            }
            if (!instance.hasLoop()) {
                instance.meters().ended();
            }
        }
    }

    private void closeContext() {
        try {
            server.filter(EmbeddedServer::isRunning).ifPresent(EmbeddedServer::stop);
        } catch (RuntimeException e) {
            LOG.warn("the HTTP server did not stop cleanly: {}", e.getMessage(), e);
        }
        try {
            if (context.isRunning()) {
                context.close();
            }
        } catch (RuntimeException e) {
            LOG.warn("the application context did not close cleanly: {}", e.getMessage(), e);
        }
    }

    private void awaitUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                stopped.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String names(List<Thread> threads) {
        return threads.stream().map(Thread::getName).toList().toString();
    }
}
