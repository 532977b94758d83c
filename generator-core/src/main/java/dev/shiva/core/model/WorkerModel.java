package dev.shiva.core.model;

import java.util.List;

/**
 * A worker entry: its key, instance name, the worker class it instantiates (by its YAML name), the
 * dispatcher it runs under, its {@code config:} block as YAML text (empty when absent), which the
 * class's config record offers as {@code example()}, the routes this entry handles on a routed
 * rmq dispatcher, and the keys of the connections its {@code depends} references resolve to
 * (config.yml order, without repeats).
 */
public record WorkerModel(
        String key,
        String name,
        String workerClass,
        DispatcherModel dispatcher,
        String configYaml,
        List<RouteModel> routes,
        List<String> depends) {

    public WorkerModel {
        routes = List.copyOf(routes);
        depends = List.copyOf(depends);
    }
}
