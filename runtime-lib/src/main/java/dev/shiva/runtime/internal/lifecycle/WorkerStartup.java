package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DispatcherBlueprint;
import dev.shiva.runtime.DispatcherConfigs;
import dev.shiva.runtime.DispatcherKind;
import dev.shiva.runtime.RmqWorker;
import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.ServiceStartException;
import dev.shiva.runtime.internal.config.DispatcherSettings;
import dev.shiva.runtime.internal.config.RuntimeSettings;
import dev.shiva.runtime.internal.connections.ConnectionSet;
import dev.shiva.runtime.internal.metrics.WorkerMeters;
import dev.shiva.runtime.internal.rmq.RmqRuntime;
import dev.shiva.runtime.internal.web.RuntimeIndicators;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker part of a start, once Micronaut runs: plan, create and attach, open the rmq connections
 * and declare their topology, {@code prepare()} every instance, open the HTTP server, start the loops
 * and the rmq consumers. Web workers are prepared before the server takes
 * traffic for them. When a step fails, {@link #undo()} calls {@code stop()} once on every instance
 * whose {@code prepare()} had completed, so that what a worker opened is closed again.
 */
final class WorkerStartup {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerStartup.class);

    private final ApplicationContext context;
    private final ServiceBlueprint blueprint;
    private final RuntimeSettings settings;
    private final String file;
    private final ConnectionSet connections;
    private List<WorkerInstance> instances = List.of();
    private RmqRuntime rmq = RmqRuntime.none();

    WorkerStartup(
            ApplicationContext context,
            ServiceBlueprint blueprint,
            RuntimeSettings settings,
            String file,
            ConnectionSet connections) {
        this.context = context;
        this.connections = connections;
        this.blueprint = blueprint;
        this.settings = settings;
        this.file = file;
    }

    ServiceRuntime start(Activation activation) {
        // Without a metrics_root Micronaut may run no registry at all; the meters then count unseen.
        MeterRegistry registry = context.findBean(MeterRegistry.class).orElseGet(SimpleMeterRegistry::new);
        bindDispatcherConfigs();
        List<PlannedWorker> plans = WorkerPlanner.plan(blueprint, settings, context, file);
        // Connections before any worker exists: their handles go into each worker's context.
        connections.open(context);
        connections.startProbes().forEach(context.getBean(RuntimeIndicators.class)::add);
        instances = new WorkerAssembly(context, registry, new WorkerMeters(registry), connections).create(plans);
        // Connections and topology before any prepare(): a worker may publish from prepare().
        rmq = openRmq(registry);
        prepareAll();
        Optional<EmbeddedServer> server = activation.needsHttpServer() ? Optional.of(startServer()) : Optional.empty();
        ServiceRuntime runtime = new ServiceRuntime(
                context,
                context.getBean(ServiceState.class),
                instances,
                ServiceLauncher.gracePeriod(settings),
                server,
                rmq,
                connections);
        runtime.startWorking();
        return runtime;
    }

    /** Binds the config record of every enabled dispatcher that has one; a misfit value stops the start. */
    private void bindDispatcherConfigs() {
        DispatcherConfigs configs = context.getBean(DispatcherConfigs.class);
        for (DispatcherBlueprint dispatcher : blueprint.dispatchers()) {
            boolean enabled = settings.dispatcher(dispatcher.key())
                    .map(DispatcherSettings::enabled)
                    .orElse(false);
            if (!enabled || dispatcher.config().isEmpty()) {
                continue;
            }
            String path = "dispatchers." + dispatcher.key() + ".config";
            ConfigNode node = settings.root()
                    .find("dispatchers")
                    .flatMap(all -> all.find(dispatcher.key()))
                    .flatMap(entry -> entry.find("config"))
                    .orElseGet(() -> ConfigNode.empty(file, path));
            try {
                configs.put(dispatcher.identity(), dispatcher.config().get().apply(node));
            } catch (ConfigException e) {
                throw new ServiceStartException(e.getMessage(), ServiceStartException.FAILURE, e);
            }
        }
    }

    private RmqRuntime openRmq(MeterRegistry registry) {
        Map<String, Map<String, RmqWorker<?>>> byDispatcher = new LinkedHashMap<>();
        for (DispatcherBlueprint dispatcher : blueprint.dispatchers()) {
            if (dispatcher.kind() != DispatcherKind.RMQ) {
                continue;
            }
            Map<String, RmqWorker<?>> entries = new LinkedHashMap<>();
            for (WorkerInstance instance : instances) {
                if (instance.plan().kind() == DispatcherKind.RMQ
                        && instance.plan().dispatcher().equals(dispatcher.identity())
                        && instance.worker() instanceof RmqWorker<?> worker) {
                    entries.put(instance.plan().key(), worker);
                }
            }
            byDispatcher.put(dispatcher.key(), entries);
        }
        try {
            return RmqRuntime.open(blueprint, settings, byDispatcher, registry, context, connections);
        } catch (ConfigException e) {
            throw new ServiceStartException(e.getMessage(), ServiceStartException.FAILURE, e);
        }
    }

    int instanceCount() {
        return instances.size();
    }

    private void prepareAll() {
        for (WorkerInstance instance : instances) {
            try {
                instance.worker().prepare();
            } catch (Exception e) {
                throw new ServiceStartException(
                        "worker '" + instance.plan().name() + "' failed to prepare: " + Failures.describe(e),
                        ServiceStartException.FAILURE,
                        e);
            }
            instance.markPrepared();
        }
    }

    private EmbeddedServer startServer() {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        try {
            server.start();
            return server;
        } catch (RuntimeException e) {
            throw new ServiceStartException(
                    "the HTTP server failed to start on " + settings.host() + ":" + settings.port() + ": "
                            + Failures.describe(Failures.rootCause(e)),
                    ServiceStartException.FAILURE,
                    e);
        }
    }

    /** After a failed start: {@code stop()} once on each prepared instance, last prepared first. */
    void undo() {
        rmq.close();
        try {
            stopPrepared();
        } finally {
            connections.close();
        }
    }

    private void stopPrepared() {
        List<WorkerInstance> prepared = new ArrayList<>(
                instances.stream().filter(WorkerInstance::prepared).toList());
        for (int i = prepared.size() - 1; i >= 0; i--) {
            WorkerInstance instance = prepared.get(i);
            try {
                instance.worker().stop();
            } catch (Exception e) {
                LOG.warn("{} failed in stop() after the failed start", instance, e);
            }
        }
    }
}
