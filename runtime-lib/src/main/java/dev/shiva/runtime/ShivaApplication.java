package dev.shiva.runtime;

import dev.shiva.runtime.internal.lifecycle.ServiceLauncher;
import dev.shiva.runtime.internal.lifecycle.ServiceProcess;
import java.util.Map;

/**
 * The entry point of a generated service: its {@code main} is {@code ShivaApplication.run(
 * Application.class, args, new ServiceDefinition())}. See docs/runtime.md for the whole lifecycle.
 */
public final class ShivaApplication {

    /** Set to {@code 1} to get the stack trace of a failed start after its one line. */
    public static final String STACKTRACE_VARIABLE = "SHIVA_STACKTRACE";

    private ShivaApplication() {}

    /**
     * Starts the service, waits for SIGTERM or SIGINT, stops it gracefully and exits 0. A start that
     * fails prints one line, {@code shiva: <what failed>}, to standard error and exits 1 (2 for a
     * command line it cannot run); {@code --help} prints the usage and exits 0. A first word other
     * than {@code daemon} runs the {@link ServiceCommand} of that name and exits with its return value.
     */
    public static void run(Class<?> mainClass, String[] args, ServiceBlueprint blueprint) {
        System.exit(ServiceProcess.run(mainClass, args, blueprint, System::getenv, System.out, System.err));
    }

    /** Starts the service with the process environment and returns once it runs. */
    public static RunningService start(Class<?> mainClass, String[] args, ServiceBlueprint blueprint) {
        return ServiceLauncher.start(mainClass, args, blueprint, System::getenv);
    }

    /**
     * Starts the service reading environment variables ({@code SHIVA_CONFIG}, placeholders) from
     * {@code environment} instead of the process environment: for tests.
     */
    public static RunningService start(
            Class<?> mainClass, String[] args, ServiceBlueprint blueprint, Map<String, String> environment) {
        Map<String, String> copy = Map.copyOf(environment);
        return ServiceLauncher.start(mainClass, args, blueprint, copy::get);
    }
}
