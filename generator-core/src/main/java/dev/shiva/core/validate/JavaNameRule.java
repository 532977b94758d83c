package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.diag.Location;
import dev.shiva.core.load.DependsReference;
import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.MapEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.PathNames;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import dev.shiva.core.load.WorkerEntry;
import dev.shiva.core.names.JavaNames;
import dev.shiva.core.names.RouteKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Names of config.yml become Java names (see {@link JavaNames}): worker classes become classes;
 * connections, dispatchers, workers, config keys and routes become members. Two YAML names that
 * become one Java name would generate code that does not compile, so they are reported here; so is
 * a connection whose accessor on a worker base class would meet a route handler of that class or
 * a method the runtime's worker classes already have. (Two connections cannot share an accessor:
 * their keys would already collide as members.)
 */
final class JavaNameRule implements Rule {

    /**
     * The methods a generated worker base inherits from the runtime ({@code Worker}, {@code
     * DaemonWorker}, {@code WebWorker}, {@code MetricWorker}, {@code RmqWorker}, and {@code run},
     * kept free for the runtime), public or protected. One set for every kind of worker, so that a
     * connection's accessor does not depend on the dispatcher its worker runs under. {@link Object}'s
     * methods need no entry: {@link JavaNames#memberName} already moves names off them.
     */
    static final Set<String> RUNTIME_METHODS = Set.of(
            "attach",
            "config",
            "name",
            "instance",
            "log",
            "connection",
            "optionalConnection",
            "prepare",
            "stop",
            "run",
            "start",
            "running",
            "pause",
            "requestStop",
            "meterRegistry",
            "attachRegistry",
            "handle",
            "publisher",
            "attachPublisher");

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        checkWorkerClasses(config, out);
        checkSection(config.connections(), SourceEntry::key, "connection", out);
        checkSection(
                config.dispatchers(), e -> new DispatcherEntry(e).identity().orElse(e.key()), "dispatcher", out);
        checkSection(config.workers(), e -> new WorkerEntry(e).name(), "worker", out);
        checkWorkerMembers(config, out);
        checkConnectionAccessors(config, out);
        for (DispatcherEntry dispatcher : DispatcherEntry.all(config)) {
            if (!dispatcher.isRmq()) {
                dispatcher
                        .entry()
                        .map("config")
                        .ifPresent(block -> checkKeys(block, dispatcher.entry().path("config"), new HashMap<>(), out));
            }
        }
    }

    private static void checkWorkerClasses(SourceConfig config, Diagnostics out) {
        Claims classes = new Claims(Code.NAME_CLASS_COLLISION, JavaNames::className);
        for (WorkerEntry worker : WorkerEntry.all(config)) {
            worker.entry()
                    .scalar("worker")
                    .filter(ScalarNode::isString)
                    .ifPresent(name -> classes.claim(
                            name.text(), name.location(), worker.entry().path("worker"), out));
        }
    }

    private static void checkSection(
            List<SourceEntry> entries, Function<SourceEntry, String> name, String kind, Diagnostics out) {
        Claims members = new Claims(Code.NAME_MEMBER_COLLISION, JavaNames::memberName);
        for (SourceEntry entry : entries) {
            members.claim(name.apply(entry), entry.keyLocation(), entry.path(), out);
        }
    }

    /** Config keys and routes of all entries of one worker class end up in one type. */
    private static void checkWorkerMembers(SourceConfig config, Diagnostics out) {
        Map<String, Map<String, Claims>> keysByClass = new LinkedHashMap<>();
        Map<String, Claims> routesByClass = new LinkedHashMap<>();
        for (WorkerEntry worker : WorkerEntry.all(config)) {
            Optional<String> workerClass = worker.workerClass();
            if (workerClass.isEmpty()) {
                continue;
            }
            worker.entry()
                    .map("config")
                    .ifPresent(block -> checkKeys(
                            block,
                            worker.entry().path("config"),
                            keysByClass.computeIfAbsent(workerClass.get(), c -> new HashMap<>()),
                            out));
            Claims routes = routesByClass.computeIfAbsent(
                    workerClass.get(), c -> new Claims(Code.NAME_MEMBER_COLLISION, JavaNames::memberName));
            List<ScalarNode> items = worker.routes().orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                ScalarNode route = items.get(i);
                if (RouteKeys.isRoute(route.text())) {
                    routes.claim(route.text(), route.location(), worker.entry().path("routes") + "[" + i + "]", out);
                }
            }
        }
    }

    /**
     * Each connection the entries of a worker class depend on becomes an accessor of the class's
     * base; reported once per class and connection, at its first reference.
     */
    private static void checkConnectionAccessors(SourceConfig config, Diagnostics out) {
        Map<String, List<WorkerEntry>> entriesByClass = new LinkedHashMap<>();
        for (WorkerEntry worker : WorkerEntry.all(config)) {
            if (!worker.builtIn()) {
                worker.workerClass().ifPresent(c -> entriesByClass
                        .computeIfAbsent(c, k -> new ArrayList<>())
                        .add(worker));
            }
        }
        entriesByClass.forEach((workerClass, entries) -> {
            Map<String, String> routeByMethod = new HashMap<>();
            for (WorkerEntry entry : entries) {
                for (String route : entry.routeKeys(config)) {
                    if (RouteKeys.isRoute(route)) {
                        JavaNames.memberName(route).ifPresent(m -> routeByMethod.putIfAbsent(m, route));
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            for (WorkerEntry entry : entries) {
                for (DependsReference reference : entry.depends()) {
                    reference
                            .connectionKey(config.connections())
                            .filter(seen::add)
                            .ifPresent(key -> checkAccessor(workerClass, key, reference, routeByMethod, out));
                }
            }
        });
    }

    private static void checkAccessor(
            String workerClass,
            String key,
            DependsReference reference,
            Map<String, String> routeByMethod,
            Diagnostics out) {
        Optional<String> accessor = JavaNames.memberName(key);
        if (accessor.isEmpty()) {
            return;
        }
        String clash;
        if (RUNTIME_METHODS.contains(accessor.get())) {
            clash = "a method the runtime's worker classes already have";
        } else if (routeByMethod.containsKey(accessor.get())) {
            clash = "the handler of route '" + routeByMethod.get(accessor.get()) + "'";
        } else {
            return;
        }
        String named = reference.text().equals(key) ? "" : " (named '" + reference.text() + "' here)";
        out.report(
                Code.NAME_ACCESSOR_CLASH,
                reference.node().location(),
                reference.path(),
                "connection '" + key + "'" + named + " would become the accessor " + accessor.get()
                        + "() of the base of worker class '" + workerClass + "', which is also " + clash,
                "rename the connection (its key under connections)");
    }

    /** Checks a whole config block, whose top level is the record {@code config}. */
    private static void checkKeys(MapNode block, String path, Map<String, Claims> levels, Diagnostics out) {
        checkKeys(block, path, "config", levels, out);
    }

    /**
     * Keys of one mapping level become components of one record; nested mappings are records too.
     * {@code record} names the level within the block ({@code config.limits}), the same for every
     * entry of a worker class, since they share the record; {@code path} is where this entry has it.
     */
    private static void checkKeys(
            MapNode block, String path, String record, Map<String, Claims> levels, Diagnostics out) {
        Claims level =
                levels.computeIfAbsent(record, r -> new Claims(Code.NAME_MEMBER_COLLISION, JavaNames::memberName));
        for (MapEntry entry : block.entries()) {
            String child = PathNames.child(path, entry.name());
            level.claim(entry.name(), entry.key().location(), child, out);
            if (entry.value() instanceof MapNode nested) {
                checkKeys(nested, child, PathNames.child(record, entry.name()), levels, out);
            }
        }
    }

    /** Java names handed out so far in one scope, each with the YAML name that took it. */
    private static final class Claims {

        private final Code collision;
        private final Function<String, Optional<String>> javaName;
        private final Map<String, Claim> taken = new HashMap<>();

        Claims(Code collision, Function<String, Optional<String>> javaName) {
            this.collision = collision;
            this.javaName = javaName;
        }

        void claim(String yamlName, Location location, String path, Diagnostics out) {
            Optional<String> name = javaName.apply(yamlName);
            if (name.isEmpty()) {
                out.report(
                        Code.NAME_NOT_JAVA,
                        location,
                        path,
                        "'" + yamlName + "' has no Java form: it holds no letter or digit",
                        "use a name with letters, digits and '_'");
                return;
            }
            Claim first = taken.putIfAbsent(name.get(), new Claim(yamlName, location));
            if (first != null && !first.yamlName().equals(yamlName)) {
                out.report(
                        collision,
                        location,
                        path,
                        "'" + yamlName + "' and '" + first.yamlName() + "' (line "
                                + first.location().line() + ") both become the Java name '" + name.get() + "'",
                        "rename one of them");
            }
        }

        private record Claim(String yamlName, Location location) {}
    }
}
