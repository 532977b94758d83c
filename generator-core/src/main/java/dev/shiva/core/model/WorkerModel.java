package dev.shiva.core.model;

/**
 * A worker entry: its key, instance name, the worker class it instantiates (by its YAML name), the
 * dispatcher it runs under, and its {@code config:} block as YAML text (empty when absent), which
 * the generated unit test of the class binds the way the service does.
 */
public record WorkerModel(String key, String name, String workerClass, DispatcherModel dispatcher, String configYaml) {}
