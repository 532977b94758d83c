package dev.shiva.core.resolve;

import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import dev.shiva.core.load.WorkerEntry;
import dev.shiva.core.model.ConnectionModel;
import dev.shiva.core.model.DependencyModel;
import dev.shiva.core.model.DispatcherModel;
import dev.shiva.core.model.DispatcherType;
import dev.shiva.core.model.Driver;
import dev.shiva.core.model.Protocol;
import dev.shiva.core.model.RouteModel;
import dev.shiva.core.model.ServiceModel;
import dev.shiva.core.model.WorkerClassModel;
import dev.shiva.core.model.WorkerModel;
import dev.shiva.core.names.JavaNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * From a config that validated without errors to the {@link ServiceModel}: identities and {@code
 * depends} references resolved, Java names chosen, worker classes grouped with their typed config,
 * routes and connections.
 */
public final class ServiceResolver {

    /** Worker classes the runtime ships: entries may use them, nothing is generated for them. */
    public static final Set<String> BUILT_IN_WORKERS = WorkerEntry.BUILT_IN_CLASSES;

    private static final String DEFAULT_APP_NAME = "service";

    public ServiceModel resolve(SourceConfig config) {
        List<ConnectionModel> connections = connections(config);
        List<DispatcherModel> dispatchers = dispatchers(config);
        List<WorkerModel> workers = workers(config, dispatchers);
        return new ServiceModel(
                appName(config),
                connections,
                dispatchers,
                workers,
                workerClasses(config, workers, connections),
                ShapeFingerprint.of(config));
    }

    private static String appName(SourceConfig config) {
        return config.root()
                .get("app_name")
                .filter(ScalarNode.class::isInstance)
                .map(node -> ((ScalarNode) node).text())
                .orElse(DEFAULT_APP_NAME);
    }

    private static List<ConnectionModel> connections(SourceConfig config) {
        List<ConnectionModel> connections = new ArrayList<>();
        for (SourceEntry entry : config.connections()) {
            Driver driver = entry.string("driver").flatMap(Driver::ofYaml).orElseThrow(() -> invalid(entry.path()));
            String level = entry.scalar("level").map(ScalarNode::text).orElse("0");
            connections.add(new ConnectionModel(
                    entry.key(),
                    driver,
                    level,
                    JavaNames.memberName(entry.key()).orElseThrow(() -> invalid(entry.path()))));
        }
        return connections;
    }

    private static List<DispatcherModel> dispatchers(SourceConfig config) {
        List<DispatcherModel> dispatchers = new ArrayList<>();
        for (DispatcherEntry entry : DispatcherEntry.all(config)) {
            String identity =
                    entry.identity().orElseThrow(() -> invalid(entry.entry().path()));
            DispatcherType type = entry.type()
                    .flatMap(DispatcherType::ofYaml)
                    .orElseThrow(() -> invalid(entry.entry().path()));
            dispatchers.add(new DispatcherModel(
                    entry.entry().key(),
                    identity,
                    type,
                    JavaNames.memberName(identity).orElseThrow(),
                    protocol(entry),
                    dispatcherConfig(entry, identity)));
        }
        return dispatchers;
    }

    private static Protocol protocol(DispatcherEntry entry) {
        if (!entry.isRmq()) {
            return Protocol.NONE;
        }
        Protocol.Kind kind = entry.routesByBody()
                ? Protocol.Kind.ROUTED_BPM
                : entry.protocol().equals(DispatcherEntry.UNROUTED_ALL)
                        ? Protocol.Kind.UNROUTED_BPM
                        : Protocol.Kind.CUSTOM;
        return new Protocol(kind, entry.protocol());
    }

    /** A non-rmq dispatcher's free-form config block, typed; rmq config is topology, not values for code. */
    private static Optional<DispatcherModel.DispatcherConfig> dispatcherConfig(DispatcherEntry entry, String identity) {
        if (entry.isRmq()) {
            return Optional.empty();
        }
        return entry.entry()
                .map("config")
                .filter(block -> !block.entries().isEmpty())
                .map(block -> new DispatcherModel.DispatcherConfig(
                        ConfigRecordBuilder.build(
                                JavaNames.className(identity).orElseThrow() + "DispatcherConfig", List.of(block)),
                        YamlSnippets.dump(block)));
    }

    private static List<WorkerModel> workers(SourceConfig config, List<DispatcherModel> dispatchers) {
        List<WorkerModel> workers = new ArrayList<>();
        for (WorkerEntry entry : WorkerEntry.all(config)) {
            String identity =
                    entry.dispatcher().orElseThrow(() -> invalid(entry.entry().path()));
            DispatcherModel dispatcher = dispatchers.stream()
                    .filter(d -> d.identity().equals(identity))
                    .findFirst()
                    .orElseThrow(() -> invalid(entry.entry().path()));
            String configYaml =
                    entry.entry().body().get("config").map(YamlSnippets::dump).orElse("");
            workers.add(new WorkerModel(
                    entry.entry().key(),
                    entry.name(),
                    entry.workerClass().orElseThrow(() -> invalid(entry.entry().path())),
                    dispatcher,
                    configYaml,
                    entryRoutes(config, entry),
                    entry.dependsKeys(config.connections())));
        }
        return workers;
    }

    private static List<WorkerClassModel> workerClasses(
            SourceConfig config, List<WorkerModel> workers, List<ConnectionModel> connections) {
        Map<String, List<WorkerEntry>> entriesByClass = new LinkedHashMap<>();
        for (WorkerEntry entry : WorkerEntry.all(config)) {
            entry.workerClass().ifPresent(c -> entriesByClass
                    .computeIfAbsent(c, k -> new ArrayList<>())
                    .add(entry));
        }
        List<WorkerClassModel> classes = new ArrayList<>();
        entriesByClass.forEach((yamlName, entries) -> {
            WorkerModel first = workers.stream()
                    .filter(w -> w.workerClass().equals(yamlName))
                    .findFirst()
                    .orElseThrow();
            String javaName = JavaNames.className(yamlName).orElseThrow();
            List<MapNode> blocks = entries.stream()
                    .map(e ->
                            e.entry().map("config").orElse(new MapNode(e.entry().keyLocation(), List.of())))
                    .toList();
            classes.add(new WorkerClassModel(
                    yamlName,
                    javaName,
                    first.dispatcher().type(),
                    ConfigRecordBuilder.build(javaName + "Config", blocks),
                    classRoutes(workers, yamlName),
                    classDependencies(workers, yamlName, connections),
                    BUILT_IN_WORKERS.contains(yamlName)));
        });
        return classes;
    }

    /** The union of the routes of a class's resolved entries, first-seen order. */
    private static List<RouteModel> classRoutes(List<WorkerModel> workers, String workerClass) {
        Set<RouteModel> routes = new LinkedHashSet<>();
        workers.stream().filter(w -> w.workerClass().equals(workerClass)).forEach(w -> routes.addAll(w.routes()));
        return List.copyOf(routes);
    }

    /**
     * The connections a class's entries depend on, first-seen order; optional when some entry of the
     * class does not list it.
     */
    private static List<DependencyModel> classDependencies(
            List<WorkerModel> workers, String workerClass, List<ConnectionModel> connections) {
        List<WorkerModel> entries = workers.stream()
                .filter(w -> w.workerClass().equals(workerClass))
                .toList();
        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(w -> keys.addAll(w.depends()));
        return keys.stream()
                .map(key -> new DependencyModel(
                        connections.stream()
                                .filter(c -> c.key().equals(key))
                                .findFirst()
                                .orElseThrow(),
                        !entries.stream().allMatch(w -> w.depends().contains(key))))
                .toList();
    }

    /** The routes one entry handles (see {@link WorkerEntry#routeKeys}). */
    private static List<RouteModel> entryRoutes(SourceConfig config, WorkerEntry entry) {
        return entry.routeKeys(config).stream()
                .map(k -> new RouteModel(k, JavaNames.memberName(k).orElseThrow()))
                .toList();
    }

    private static IllegalStateException invalid(String path) {
        return new IllegalStateException("resolve needs a valid config; " + path + " is not (validate first)");
    }
}
