package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.Connections;
import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.ServiceCommand;
import dev.shiva.runtime.ServiceStartException;
import dev.shiva.runtime.ShivaApplication;
import dev.shiva.runtime.internal.cli.CommandLineParser;
import dev.shiva.runtime.internal.cli.ContextCommandFactory;
import dev.shiva.runtime.internal.cli.Launch;
import dev.shiva.runtime.internal.config.LoggingSettings;
import dev.shiva.runtime.internal.config.Secrets;
import dev.shiva.runtime.internal.connections.ConnectionSet;
import dev.shiva.runtime.internal.connections.ConnectionSpec;
import dev.shiva.runtime.internal.connections.ConnectionSpecs;
import dev.shiva.runtime.internal.logging.LogbackSetup;
import dev.shiva.runtime.internal.rmq.RmqConnectionPlan;
import dev.shiva.runtime.internal.rmq.RmqRuntime;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The user commands of the service jar ({@link ServiceCommand}, docs/runtime.md §1): config.yml as
 * for {@code daemon run}, a context in which nothing runs (no HTTP server, no dispatcher, no worker),
 * the command beans as picocli subcommands, the command, the context closed, and the command's
 * return value as the exit status.
 */
final class CommandRunner {

    private CommandRunner() {}

    static int run(
            Class<?> mainClass,
            ServiceBlueprint blueprint,
            Launch.UserCommand command,
            Function<String, String> environment,
            PrintStream out,
            PrintStream err) {
        ApplicationContext context;
        Connections connections;
        try {
            ServiceLauncher.LoadedConfig config = ServiceLauncher.loadConfig(blueprint, command.config(), environment);
            Map<String, Object> properties =
                    new LinkedHashMap<>(ContextProperties.forCommand(blueprint, config.settings()));
            // SEMANTICS §9: a command gets every connection prepared (the Connections bean); they open
            // once the command line is parsed, so that --help and usage errors need none of them.
            Map<String, ConnectionSpec> specs =
                    ConnectionSpecs.read(config.settings().root());
            ConnectionSet set = ConnectionSet.plan(specs, specs.keySet());
            properties.putAll(set.contextProperties());
            RmqConnectionPlan rmqPlan = rmqPlan(blueprint, config);
            context = ServiceLauncher.newContext(mainClass, properties);
            ServiceLauncher.startOrFail(context);
            context.registerSingleton(rmqPlan);
            connections = new Connections(set, List.copyOf(specs.keySet()));
            context.registerSingleton(connections);
        } catch (ServiceStartException e) {
            return ServiceProcess.failed(e, environment, err);
        }
        // Ctrl-C or SIGTERM during a command ends the JVM as usual (130, 143); the hook still closes
        // the connections and the context, so that beans get their @PreDestroy.
        Thread hook = new Thread(
                () -> {
                    connections.close();
                    close(context);
                },
                "shiva-command-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return execute(context, connections, blueprint, command, environment, out, err);
        } finally {
            connections.close();
            close(context);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down already: the hook runs or has run.
            }
        }
    }

    /** What the rmq driver needs: the service name and the exchanges of the enabled rmq dispatchers. */
    private static RmqConnectionPlan rmqPlan(ServiceBlueprint blueprint, ServiceLauncher.LoadedConfig config) {
        try {
            RmqConnectionPlan plan = RmqRuntime.plan(blueprint, config.settings());
            // No consumers run under a command: its connections need no consumer threads.
            return new RmqConnectionPlan(plan.serviceName(), Map.of(), plan.exchanges());
        } catch (ConfigException e) {
            throw new ServiceStartException(e.getMessage(), ServiceStartException.FAILURE, e);
        }
    }

    private static int execute(
            ApplicationContext context,
            Connections connections,
            ServiceBlueprint blueprint,
            Launch.UserCommand command,
            Function<String, String> environment,
            PrintStream out,
            PrintStream err) {
        boolean stackTraces = "1".equals(environment.apply(ShivaApplication.STACKTRACE_VARIABLE));
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        try {
            CommandLine root;
            CommandLine.ParseResult parsed;
            try {
                root = CommandLineParser.withCommands(
                        blueprint.applicationName(),
                        commandTypes(context),
                        Optional.of(command.name()),
                        new ContextCommandFactory(context));
                root.setOut(outWriter);
                root.setErr(errWriter);
                parsed = root.parseArgs(command.args().toArray(String[]::new));
            } catch (ServiceStartException e) {
                return ServiceProcess.failed(e, environment, err);
            } catch (CommandLine.ParameterException e) {
                return usageError(e, errWriter);
            } catch (RuntimeException e) {
                // Picocli asks for the instance while it builds or parses the command: a bean that
                // cannot be created (a failing constructor, a missing dependency) ends up here.
                return failure(
                        "command '" + command.name() + "' could not be created: "
                                + Failures.describe(Failures.rootCause(e)),
                        e,
                        stackTraces,
                        errWriter);
            }
            if (!helpRequested(parsed)) {
                try {
                    connections.open(context);
                } catch (ServiceStartException e) {
                    return failure(e.getMessage(), e, false, errWriter);
                }
            }
            try {
                // --help of the command, else its call(): the Integer it returns is the status.
                return new CommandLine.RunLast().execute(parsed);
            } catch (CommandLine.ParameterException e) {
                return usageError(e, errWriter);
            } catch (CommandLine.ExecutionException e) {
                Throwable thrown = e.getCause() == null ? e : e.getCause();
                return failure(
                        "command '" + e.getCommandLine().getCommandName() + "' failed: " + Failures.describe(thrown),
                        thrown,
                        stackTraces,
                        errWriter);
            }
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static boolean helpRequested(CommandLine.ParseResult parsed) {
        return parsed.asCommandLineList().stream()
                .anyMatch(line -> line.isUsageHelpRequested() || line.isVersionHelpRequested());
    }

    private static int failure(String message, Throwable thrown, boolean stackTraces, PrintWriter err) {
        err.println("shiva: " + Secrets.redact(message));
        if (stackTraces) {
            thrown.printStackTrace(err);
        }
        return ServiceStartException.FAILURE;
    }

    /**
     * One line naming the problem; for a command name the service does not have, the commands it
     * has (and picocli's "did you mean" when a name is close).
     */
    private static int usageError(CommandLine.ParameterException e, PrintWriter err) {
        CommandLine where = e.getCommandLine();
        CommandLine root = where;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        if (where == root && e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            err.println("shiva: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
            err.print(CommandLineParser.commandListSection(root));
        } else {
            err.println("shiva: " + e.getMessage() + " (see '"
                    + where.getCommandSpec().qualifiedName() + " --help')");
        }
        err.flush();
        return ServiceStartException.USAGE;
    }

    /**
     * The usage of the top level with {@code daemon run} and the user commands. Listing the commands
     * needs a started context, which is started without config.yml (so that {@code --help} works
     * without one) and with nothing running; the commands are listed from their bean definitions,
     * none is created.
     */
    static int printRootUsage(
            Class<?> mainClass,
            ServiceBlueprint blueprint,
            Function<String, String> environment,
            PrintStream out,
            PrintStream err) {
        LogbackSetup.apply(
                new LoggingSettings(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty()));
        ApplicationContext context = ServiceLauncher.newContext(mainClass, ContextProperties.forListing(blueprint));
        try {
            ServiceLauncher.startOrFail(context);
            CommandLine root = CommandLineParser.withCommands(
                    blueprint.applicationName(), commandTypes(context), Optional.empty(), CommandLine.defaultFactory());
            out.print(root.getUsageMessage());
            out.flush();
            return 0;
        } catch (ServiceStartException e) {
            return ServiceProcess.failed(e, environment, err);
        } finally {
            close(context);
        }
    }

    /** The classes of the {@link ServiceCommand} beans, from their definitions: nothing is created. */
    private static List<Class<?>> commandTypes(ApplicationContext context) {
        return context.getBeanDefinitions(ServiceCommand.class).stream()
                .map(BeanDefinition::getBeanType)
                .<Class<?>>map(type -> type)
                .distinct()
                .toList();
    }

    private static void close(ApplicationContext context) {
        synchronized (context) {
            ServiceLauncher.closeQuietly(context);
        }
    }
}
