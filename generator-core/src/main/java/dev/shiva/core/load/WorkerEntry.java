package dev.shiva.core.load;

import dev.shiva.core.names.RouteKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A worker entry read for the rules. */
public record WorkerEntry(SourceEntry entry) {

    /** Worker classes the runtime ships: entries may use them, nothing is generated for them. */
    public static final Set<String> BUILT_IN_CLASSES = Set.of("waiter_daemon");

    public static List<WorkerEntry> all(SourceConfig config) {
        return config.workers().stream().map(WorkerEntry::new).toList();
    }

    /** The instance name: {@code name}, defaulting to the entry's key. */
    public String name() {
        return entry.string("name").orElse(entry.key());
    }

    public Optional<String> workerClass() {
        return entry.string("worker");
    }

    public Optional<String> dispatcher() {
        return entry.string("dispatcher");
    }

    /** The {@code routes} list as written, or empty when the key is absent. */
    public Optional<List<ScalarNode>> routes() {
        return entry.list("routes").map(list -> list.items().stream()
                .filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast)
                .toList());
    }

    public boolean hasRoutesKey() {
        return entry.body().entry("routes").isPresent()
                && entry.list("routes").map(ListNode::items).isPresent();
    }

    /** True when the entry's class is one the runtime ships ({@link #BUILT_IN_CLASSES}). */
    public boolean builtIn() {
        return workerClass().filter(BUILT_IN_CLASSES::contains).isPresent();
    }

    /**
     * The items of the {@code depends} groups, group by group, in config.yml order; only string
     * items of list-valued groups (anything else is the schema's to report).
     */
    public List<DependsReference> depends() {
        List<DependsReference> references = new ArrayList<>();
        entry.map("depends").ifPresent(groups -> {
            for (MapEntry group : groups.entries()) {
                if (group.value() instanceof ListNode refs) {
                    String path = entry.path("depends." + group.name());
                    for (int i = 0; i < refs.items().size(); i++) {
                        if (refs.items().get(i) instanceof ScalarNode ref && ref.isString()) {
                            references.add(new DependsReference(ref, PathNames.index(path, i)));
                        }
                    }
                }
            }
        });
        return references;
    }

    /**
     * The connection keys the {@code depends} references resolve to, in config.yml order without
     * repeats; references that do not resolve (reported by the rules) are left out.
     */
    public List<String> dependsKeys(List<SourceEntry> connections) {
        Set<String> keys = new LinkedHashSet<>();
        for (DependsReference reference : depends()) {
            reference.connectionKey(connections).ifPresent(keys::add);
        }
        return List.copyOf(keys);
    }

    /**
     * The route keys the entry handles: its {@code routes:}, else the exact binding keys (those of
     * route form) of its dispatcher's queues; none unless the dispatcher routes by body
     * ({@code JSON_Routed_BPM}). First-seen order, without repeats.
     */
    public List<String> routeKeys(SourceConfig config) {
        Optional<DispatcherEntry> dispatcher = dispatcher().flatMap(id -> DispatcherEntry.byIdentity(config, id));
        if (dispatcher.isEmpty() || !dispatcher.get().routesByBody()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        Optional<List<ScalarNode>> listed = routes();
        if (listed.isPresent()) {
            listed.get().forEach(route -> keys.add(route.text()));
        } else {
            dispatcher.get().exactBindings().stream().filter(RouteKeys::isRoute).forEach(keys::add);
        }
        return List.copyOf(keys);
    }
}
