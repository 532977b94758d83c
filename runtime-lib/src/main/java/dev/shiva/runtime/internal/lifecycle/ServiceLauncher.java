package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DispatcherBlueprint;
import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.ServiceStartException;
import dev.shiva.runtime.WorkerBlueprint;
import dev.shiva.runtime.internal.cli.CommandLineParser;
import dev.shiva.runtime.internal.cli.ConfigLocation;
import dev.shiva.runtime.internal.cli.Launch;
import dev.shiva.runtime.internal.cli.UsageException;
import dev.shiva.runtime.internal.config.ConfigTreeBuilder;
import dev.shiva.runtime.internal.config.RuntimeSettings;
import dev.shiva.runtime.internal.config.SettingsReader;
import dev.shiva.runtime.internal.config.ShapeCheck;
import dev.shiva.runtime.internal.config.YamlNode;
import dev.shiva.runtime.internal.config.YamlReader;
import dev.shiva.runtime.internal.connections.ConnectionSet;
import dev.shiva.runtime.internal.connections.ConnectionSpecs;
import dev.shiva.runtime.internal.logging.LogbackSetup;
import dev.shiva.runtime.internal.rmq.RmqConnectionPlan;
import dev.shiva.runtime.internal.rmq.RmqRuntime;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start of a service, step by step: command line, config.yml (loaded, shape-checked,
 * placeholders replaced), logging, Micronaut, workers (created, attached, prepared), HTTP server,
 * loops. Every failure becomes one {@link ServiceStartException}; what was already started is
 * stopped again (prepared workers get their {@code stop()}, the context is closed).
 */
public final class ServiceLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLauncher.class);

    private ServiceLauncher() {}

    /** What {@code args} ask for: the usage, or a start; a usage error as a {@link ServiceStartException}. */
    public static Launch parse(ServiceBlueprint blueprint, String[] args) {
        try {
            return CommandLineParser.parse(blueprint.applicationName(), args);
        } catch (UsageException e) {
            throw new ServiceStartException(e.getMessage(), ServiceStartException.USAGE, e);
        }
    }

    public static ServiceRuntime start(
            Class<?> mainClass, String[] args, ServiceBlueprint blueprint, Function<String, String> environment) {
        Launch launch = parse(blueprint, args);
        if (launch instanceof Launch.UserCommand command) {
            throw new ServiceStartException(
                    "'" + command.name()
                            + "' is a command of the service jar, not a start; ShivaApplication.run runs it",
                    ServiceStartException.USAGE,
                    null);
        }
        if (!(launch instanceof Launch.DaemonRun run)) {
            throw new ServiceStartException(
                    "--help asks for the usage, not for a start", ServiceStartException.USAGE, null);
        }
        LoadedConfig config = loadConfig(blueprint, run.config(), environment);
        return startContext(mainClass, blueprint, config.settings(), config.file());
    }

    /** config.yml as read, checked and resolved, with the name it is known by in messages. */
    record LoadedConfig(RuntimeSettings settings, String file) {}

    /**
     * Steps 1–7 of a start, shared by {@code daemon run} and the user commands: where config.yml is,
     * reading it, the shape check, placeholders, the runtime settings, logging.
     */
    static LoadedConfig loadConfig(
            ServiceBlueprint blueprint, Optional<String> option, Function<String, String> environment) {
        try {
            ConfigLocation location = ConfigLocation.resolve(option, environment);
            String file = location.displayName();
            YamlNode.Mapping yaml = YamlReader.read(location.path(), file);
            ShapeCheck.verify(blueprint.shape(), yaml, file);
            ConfigNode root = ConfigTreeBuilder.build(yaml, file, environment);
            RuntimeSettings settings = SettingsReader.read(root, file);
            LogbackSetup.apply(settings.logging());
            return new LoadedConfig(settings, file);
        } catch (UsageException e) {
            throw new ServiceStartException(e.getMessage(), ServiceStartException.USAGE, e);
        } catch (ConfigException e) {
            throw new ServiceStartException(e.getMessage(), ServiceStartException.FAILURE, e);
        }
    }

    /** A context with the given properties over application.yml and the runtime's defaults, not started. */
    static ApplicationContext newContext(Class<?> mainClass, Map<String, Object> properties) {
        return ApplicationContext.builder()
                .mainClass(mainClass)
                .banner(false)
                .properties(properties)
                .propertySources(PropertySource.of(
                        "shiva-defaults", ContextProperties.defaults(), ContextProperties.DEFAULTS_PRIORITY))
                .build();
    }

    /** Starts {@code context}; a failure closes it again and is the one-line start failure. */
    static void startOrFail(ApplicationContext context) {
        try {
            context.start();
        } catch (RuntimeException e) {
            closeQuietly(context);
            throw new ServiceStartException(
                    "Micronaut failed to start: " + Failures.describe(Failures.rootCause(e)),
                    ServiceStartException.FAILURE,
                    e);
        }
    }

    private static ServiceRuntime startContext(
            Class<?> mainClass, ServiceBlueprint blueprint, RuntimeSettings settings, String file) {
        Activation activation = Activation.of(blueprint, settings);
        if (settings.uvloop()) {
            LOG.info("common.uvloop: {}", Transports.describeEpoll());
        }
        RmqConnectionPlan rmqPlan;
        ConnectionSet connections;
        Map<String, Object> properties =
                new LinkedHashMap<>(ContextProperties.fromConfig(blueprint, settings, activation));
        try {
            rmqPlan = RmqRuntime.plan(blueprint, settings);
            connections = ConnectionSet.plan(
                    ConnectionSpecs.read(settings.root()), usedConnections(blueprint, activation, rmqPlan));
            properties.putAll(connections.contextProperties());
        } catch (ConfigException e) {
            throw new ServiceStartException(e.getMessage(), ServiceStartException.FAILURE, e);
        }
        ApplicationContext context = newContext(mainClass, properties);
        startOrFail(context);
        context.registerSingleton(rmqPlan);
        WorkerStartup startup = new WorkerStartup(context, blueprint, settings, file, connections);
        try {
            ServiceRuntime runtime = startup.start(activation);
            LOG.info(
                    "{} started: {} worker instance(s){}",
                    blueprint.applicationName(),
                    startup.instanceCount(),
                    runtime.port() < 0 ? ", no HTTP server" : ", HTTP on port " + runtime.port());
            return runtime;
        } catch (RuntimeException e) {
            startup.undo();
            closeQuietly(context);
            throw e instanceof ServiceStartException failure
                    ? failure
                    : new ServiceStartException(
                            "failed to start: " + Failures.describe(e), ServiceStartException.FAILURE, e);
        }
    }

    /**
     * The connections the running parts use: those of the enabled rmq dispatchers and those in the
     * {@code depends} of every worker entry that runs. Others are not opened.
     */
    private static Set<String> usedConnections(
            ServiceBlueprint blueprint, Activation activation, RmqConnectionPlan rmqPlan) {
        Set<String> used = new LinkedHashSet<>(rmqPlan.consumerThreads().keySet());
        for (DispatcherBlueprint dispatcher : blueprint.dispatchers()) {
            for (WorkerBlueprint worker : dispatcher.workers()) {
                if (activation.workers().getOrDefault(worker.key(), false)) {
                    used.addAll(worker.depends());
                }
            }
        }
        return used;
    }

    static void closeQuietly(ApplicationContext context) {
        try {
            if (context.isRunning()) {
                context.close();
            }
        } catch (RuntimeException e) {
            LOG.debug("closing the context after a failed start failed too", e);
        }
    }

    static Duration gracePeriod(RuntimeSettings settings) {
        return Duration.ofSeconds(settings.gracePeriodSeconds());
    }
}
