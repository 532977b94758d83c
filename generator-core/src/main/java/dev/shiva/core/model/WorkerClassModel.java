package dev.shiva.core.model;

import java.util.List;

/**
 * A worker class: the YAML name entries refer to ({@code worker:}), its Java class name, the
 * dispatcher type it serves, its typed config (the union of its entries' {@code config:} blocks)
 * for rmq workers the routes it handles (the union over its entries), and the connections its
 * entries depend on (the union over its entries, first-seen order).
 *
 * @param builtIn true for classes the runtime ships ({@code waiter_daemon}): nothing is generated
 */
public record WorkerClassModel(
        String yamlName,
        String javaName,
        DispatcherType dispatcherType,
        ConfigRecord config,
        List<RouteModel> routes,
        List<DependencyModel> dependencies,
        boolean builtIn) {

    public WorkerClassModel {
        routes = List.copyOf(routes);
        dependencies = List.copyOf(dependencies);
    }
}
