package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.ServiceStartException;
import dev.shiva.runtime.ShivaApplication;
import dev.shiva.runtime.internal.cli.Launch;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;

/**
 * {@link ShivaApplication#run} without the {@code System.exit}: start, wait for a signal, stop, and
 * the exit status, so that the whole process behaviour is testable. A user command runs instead
 * through {@link CommandRunner}, and its return value is the exit status.
 */
public final class ServiceProcess {

    /** Beyond the grace period, how long a stop may take before the process gives up on it. */
    static final Duration STOP_MARGIN = Duration.ofSeconds(5);

    private ServiceProcess() {}

    public static int run(
            Class<?> mainClass,
            String[] args,
            ServiceBlueprint blueprint,
            Function<String, String> environment,
            PrintStream out,
            PrintStream err) {
        Launch launch;
        try {
            launch = ServiceLauncher.parse(blueprint, args);
        } catch (ServiceStartException e) {
            return failed(e, environment, err);
        }
        if (launch instanceof Launch.Help help) {
            out.print(help.usage());
            out.flush();
            return 0;
        }
        if (launch instanceof Launch.RootHelp) {
            return CommandRunner.printRootUsage(mainClass, blueprint, environment, out, err);
        }
        if (launch instanceof Launch.UserCommand command) {
            return CommandRunner.run(mainClass, blueprint, command, environment, out, err);
        }
        // Signals are taken over before the start, so that one arriving while workers prepare is
        // not the JVM's (exit 143, no stop() calls) but a stop as soon as the start has finished.
        StopRequest request = new StopRequest();
        Runnable restoreSignals = SignalHandlers.install(request::stop);
        // The hook covers every other way the JVM may end (System.exit elsewhere, SIGHUP); with the
        // signal handlers in place it finds the service already stopped and returns at once.
        Thread hook = new Thread(request::stop, "shiva-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ServiceRuntime runtime;
        try {
            runtime = ServiceLauncher.start(mainClass, args, blueprint, environment);
        } catch (ServiceStartException e) {
            // Leave the JVM as it was: nothing is left to stop, and the caller decides how to exit.
            restoreSignals.run();
            Runtime.getRuntime().removeShutdownHook(hook);
            return failed(e, environment, err);
        }
        runtime.onStopBegin(() -> watchdog(runtime, err));
        request.attach(runtime);
        awaitUninterruptibly(runtime);
        return 0;
    }

    static int failed(ServiceStartException e, Function<String, String> environment, PrintStream err) {
        err.println("shiva: " + e.getMessage());
        if ("1".equals(environment.apply(ShivaApplication.STACKTRACE_VARIABLE))) {
            e.printStackTrace(err);
        }
        return e.exitCode();
    }

    /** A stop asked for by a signal or the shutdown hook, possibly before the service has started. */
    private static final class StopRequest {
        private volatile boolean requested;
        private volatile ServiceRuntime runtime;

        void stop() {
            requested = true;
            ServiceRuntime started = runtime;
            if (started != null) {
                started.stop();
            }
        }

        void attach(ServiceRuntime started) {
            runtime = started;
            if (requested) {
                started.stop();
            }
        }
    }

    /** A stop that hangs in user code (a {@code stop()} that never returns) must not hang the process. */
    private static void watchdog(ServiceRuntime runtime, PrintStream err) {
        Duration limit =
                runtime.gracePeriod().plus(ServiceRuntime.INTERRUPT_WAIT).plus(STOP_MARGIN);
        Thread watchdog = new Thread(
                () -> {
                    try {
                        if (!runtime.awaitStop(limit)) {
                            err.println("shiva: the stop did not finish within " + limit.toSeconds() + " s; exiting");
                            err.flush();
                            Runtime.getRuntime().halt(1);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "shiva-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void awaitUninterruptibly(ServiceRuntime runtime) {
        while (true) {
            try {
                runtime.awaitStop();
                return;
            } catch (InterruptedException e) {
                // The main thread has nothing else to do than to wait for the stop.
            }
        }
    }
}
