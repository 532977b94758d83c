package dev.shiva.runtime.internal;

/**
 * What the runtime hands a worker instance when it attaches it. Internal: created by the runtime
 * only.
 */
public record WorkerContext<C>(String name, int instance, C config) {}
