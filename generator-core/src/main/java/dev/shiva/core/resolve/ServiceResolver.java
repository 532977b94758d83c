package dev.shiva.core.resolve;

import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.WorkerEntry;
import dev.shiva.core.model.DispatcherModel;
import dev.shiva.core.model.DispatcherType;
import dev.shiva.core.model.RouteModel;
import dev.shiva.core.model.ServiceModel;
import dev.shiva.core.model.WorkerClassModel;
import dev.shiva.core.model.WorkerModel;
import dev.shiva.core.names.JavaNames;
import dev.shiva.core.names.RouteKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * From a config that validated without errors to the {@link ServiceModel}: identities resolved,
 * Java names chosen, worker classes grouped with their typed config and routes.
 */
public final class ServiceResolver {

    /** Worker classes the runtime ships: entries may use them, nothing is generated for them. */
    public static final Set<String> BUILT_IN_WORKERS = Set.of("waiter_daemon");

    private static final String DEFAULT_APP_NAME = "service";

    public ServiceModel resolve(SourceConfig config) {
        List<DispatcherModel> dispatchers = dispatchers(config);
        List<WorkerModel> workers = workers(config, dispatchers);
        return new ServiceModel(
                appName(config), dispatchers, workers, workerClasses(config, workers), ShapeFingerprint.of(config));
    }

    private static String appName(SourceConfig config) {
        return config.root()
                .get("app_name")
                .filter(ScalarNode.class::isInstance)
                .map(node -> ((ScalarNode) node).text())
                .orElse(DEFAULT_APP_NAME);
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
                    entry.routesByBody(),
                    dispatcherConfig(entry, identity)));
        }
        return dispatchers;
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
                    entryRoutes(config, entry)));
        }
        return workers;
    }

    private static List<WorkerClassModel> workerClasses(SourceConfig config, List<WorkerModel> workers) {
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
     * The routes one entry handles: its {@code routes:}, else the exact binding keys of its
     * dispatcher's queues; only routed rmq dispatchers ({@code JSON_Routed_BPM}) have routes.
     */
    private static List<RouteModel> entryRoutes(SourceConfig config, WorkerEntry entry) {
        Optional<DispatcherEntry> dispatcher = entry.dispatcher().flatMap(id -> DispatcherEntry.byIdentity(config, id));
        if (dispatcher.isEmpty() || !dispatcher.get().routesByBody()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        Optional<List<ScalarNode>> listed = entry.routes();
        if (listed.isPresent()) {
            listed.get().forEach(route -> keys.add(route.text()));
        } else {
            dispatcher.get().exactBindings().stream().filter(RouteKeys::isRoute).forEach(keys::add);
        }
        return keys.stream()
                .map(k -> new RouteModel(k, JavaNames.memberName(k).orElseThrow()))
                .toList();
    }

    private static IllegalStateException invalid(String path) {
        return new IllegalStateException("resolve needs a valid config; " + path + " is not (validate first)");
    }
}
