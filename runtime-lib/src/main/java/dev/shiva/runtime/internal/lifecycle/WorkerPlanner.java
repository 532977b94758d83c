package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DaemonWorker;
import dev.shiva.runtime.DispatcherBlueprint;
import dev.shiva.runtime.DispatcherKind;
import dev.shiva.runtime.MetricWorker;
import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.WebWorker;
import dev.shiva.runtime.Worker;
import dev.shiva.runtime.WorkerBlueprint;
import dev.shiva.runtime.internal.config.DispatcherSettings;
import dev.shiva.runtime.internal.config.RuntimeSettings;
import dev.shiva.runtime.internal.config.WorkerSettings;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which workers run (SEMANTICS §3, §7): per enabled dispatcher, its enabled entries with
 * {@code coro} instances each; under policy ALL also the worker beans of the dispatcher's kind that
 * no entry lists. An unlisted bean runs once, under the first enabled ALL dispatcher of its kind, so
 * that two such dispatchers do not run it twice.
 */
final class WorkerPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerPlanner.class);
    private static final String BUILT_IN_PACKAGE = "dev.shiva.runtime.builtin.";

    private final ServiceBlueprint blueprint;
    private final RuntimeSettings settings;
    private final BeanContext beans;
    private final String file;
    private final Set<Class<?>> claimed = new HashSet<>();

    private WorkerPlanner(ServiceBlueprint blueprint, RuntimeSettings settings, BeanContext beans, String file) {
        this.blueprint = blueprint;
        this.settings = settings;
        this.beans = beans;
        this.file = file;
        blueprint.dispatchers().forEach(d -> d.workers().forEach(w -> claimed.add(w.type())));
    }

    static List<PlannedWorker> plan(
            ServiceBlueprint blueprint, RuntimeSettings settings, BeanContext beans, String file) {
        return new WorkerPlanner(blueprint, settings, beans, file).plan();
    }

    private List<PlannedWorker> plan() {
        List<PlannedWorker> planned = new ArrayList<>();
        for (DispatcherBlueprint dispatcher : blueprint.dispatchers()) {
            DispatcherSettings dispatcherSettings =
                    settings.dispatcher(dispatcher.key()).orElse(null);
            if (!isEnabled(dispatcherSettings, "dispatchers." + dispatcher.key())) {
                continue;
            }
            for (WorkerBlueprint worker : dispatcher.workers()) {
                WorkerSettings workerSettings = settings.worker(worker.key()).orElse(null);
                if (isEnabled(workerSettings, "workers." + worker.key())) {
                    planned.add(listed(dispatcher, worker, workerSettings));
                }
            }
            // rmq workers are reached through the generated route table, which knows only listed entries.
            if (dispatcherSettings.policy() == DispatcherSettings.Policy.ALL
                    && dispatcher.kind() != DispatcherKind.RMQ) {
                planned.addAll(unlisted(dispatcher));
            }
        }
        return planned;
    }

    private PlannedWorker listed(DispatcherBlueprint dispatcher, WorkerBlueprint worker, WorkerSettings entry) {
        // One controller; one rmq worker per entry: coro does not multiply handling (SEMANTICS §3.3).
        boolean single = dispatcher.kind() == DispatcherKind.WEB || dispatcher.kind() == DispatcherKind.RMQ;
        int instances = single ? 1 : entry.coro().orElse(settings.coroNum());
        return new PlannedWorker(
                worker.key(),
                dispatcher.identity(),
                dispatcher.kind(),
                worker.name(),
                worker.type(),
                instances,
                worker.config(),
                entry.config(),
                true,
                worker.depends());
    }

    /** Policy ALL: beans of this dispatcher's kind that no entry lists, with an empty config. */
    private List<PlannedWorker> unlisted(DispatcherBlueprint dispatcher) {
        List<PlannedWorker> planned = new ArrayList<>();
        for (Class<? extends Worker<?>> type : beanTypes(dispatcher.kind())) {
            if (hasTypedConfig(type)) {
                if (claimed.add(type)) {
                    LOG.warn(
                            "{} is not run: its config type was generated from an entry config.yml no longer has"
                                    + " (an orphaned worker class); delete it, or add its entry back and run shiva"
                                    + " generate",
                            type.getName());
                }
                continue;
            }
            if (claimed.add(type)) {
                String name = snakeCase(type.getSimpleName());
                int instances = dispatcher.kind() == DispatcherKind.WEB ? 1 : settings.coroNum();
                LOG.info(
                        "dispatcher {} (policy ALL) also runs {} ({}), which config.yml does not list",
                        dispatcher.identity(),
                        name,
                        type.getName());
                planned.add(new PlannedWorker(
                        name,
                        dispatcher.identity(),
                        dispatcher.kind(),
                        name,
                        type,
                        instances,
                        Function.identity(),
                        ConfigNode.empty(file, "workers." + name + ".config"),
                        false,
                        List.of()));
            }
        }
        return planned;
    }

    /**
     * Whether a worker class binds a generated config record rather than a raw {@link ConfigNode}:
     * such a class belongs to an entry of config.yml, and without one it has nothing to bind.
     */
    static boolean hasTypedConfig(Class<?> type) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            if (current.getGenericSuperclass() instanceof ParameterizedType parameterized
                    && parameterized.getRawType() instanceof Class<?> raw
                    && Worker.class.isAssignableFrom(raw)) {
                java.lang.reflect.Type config = parameterized.getActualTypeArguments()[0];
                return config instanceof Class<?> && config != ConfigNode.class; // raw: a type variable
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private List<Class<? extends Worker<?>>> beanTypes(DispatcherKind kind) {
        Collection<? extends BeanDefinition<?>> definitions =
                switch (kind) {
                    case DAEMON -> beans.getBeanDefinitions(DaemonWorker.class);
                    case METRICS -> beans.getBeanDefinitions(MetricWorker.class);
                    case WEB -> beans.getBeanDefinitions(WebWorker.class);
                    case RMQ -> throw new IllegalArgumentException("rmq workers are routed, not discovered");
                };
        List<Class<? extends Worker<?>>> types = new ArrayList<>();
        for (BeanDefinition<?> definition : definitions) {
            Class<?> type = definition.getBeanType();
            boolean metric = MetricWorker.class.isAssignableFrom(type);
            if (kind == DispatcherKind.DAEMON && metric) {
                continue; // metric workers belong to metrics_root, even though they are daemons too
            }
            if (!Modifier.isAbstract(type.getModifiers()) && !type.getName().startsWith(BUILT_IN_PACKAGE)) {
                types.add((Class<? extends Worker<?>>) type);
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    private static boolean isEnabled(DispatcherSettings entry, String path) {
        return entry != null && isEnabled(entry.enabled(), entry.enabledWritten(), path);
    }

    private static boolean isEnabled(WorkerSettings entry, String path) {
        return entry != null && isEnabled(entry.enabled(), entry.enabledWritten(), path);
    }

    /** Python Shiva's rule: only a literal true enables; a missing key disables, with a warning. */
    private static boolean isEnabled(boolean enabled, boolean written, String path) {
        if (!written) {
            LOG.warn(
                    "{}: no 'enabled: true', so it does not run (as in Python Shiva, a missing key means disabled)",
                    path);
        }
        return enabled;
    }

    /** {@code ReportPusher} → {@code report_pusher}, the name config.yml would give the class. */
    static String snakeCase(String className) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < className.length(); i++) {
            char c = className.charAt(i);
            boolean boundary = i > 0
                    && Character.isUpperCase(c)
                    && (Character.isLowerCase(className.charAt(i - 1))
                            || (i + 1 < className.length() && Character.isLowerCase(className.charAt(i + 1))));
            if (boundary) {
                name.append('_');
            }
            name.append(Character.toLowerCase(c));
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }
}
