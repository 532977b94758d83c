package dev.shiva.core.model;

import java.util.List;

/**
 * The semantic model generation works from: names resolved, Java names chosen, config shapes
 * typed. Built from a config that validated without errors.
 */
public record ServiceModel(
        String appName,
        List<ConnectionModel> connections,
        List<DispatcherModel> dispatchers,
        List<WorkerModel> workers,
        List<WorkerClassModel> workerClasses,
        List<String> shape) {

    public ServiceModel {
        connections = List.copyOf(connections);
        dispatchers = List.copyOf(dispatchers);
        workers = List.copyOf(workers);
        workerClasses = List.copyOf(workerClasses);
        shape = List.copyOf(shape);
    }

    /** Worker classes shiva generates code for (not the runtime's built-in ones). */
    public List<WorkerClassModel> generatedWorkerClasses() {
        return workerClasses.stream().filter(c -> !c.builtIn()).toList();
    }

    public List<WorkerModel> workersOf(DispatcherModel dispatcher) {
        return workers.stream().filter(w -> w.dispatcher().equals(dispatcher)).toList();
    }

    public WorkerClassModel workerClass(String yamlName) {
        return workerClasses.stream()
                .filter(c -> c.yamlName().equals(yamlName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no worker class " + yamlName));
    }

    public ConnectionModel connection(String key) {
        return connections.stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no connection " + key));
    }

    /** The entries that list the connection {@code key} under {@code depends}, in config.yml order. */
    public List<WorkerModel> workersDependingOn(String key) {
        return workers.stream().filter(w -> w.depends().contains(key)).toList();
    }
}
