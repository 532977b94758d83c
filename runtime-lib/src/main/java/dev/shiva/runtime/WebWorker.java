package dev.shiva.runtime;

/**
 * A worker under a {@code dispatcher_web} dispatcher: an HTTP controller. The user class carries
 * Micronaut's {@code @Controller} and route annotations; the runtime calls {@link #prepare()} before
 * the server takes traffic for it and {@link #stop()} once on shutdown.
 */
public abstract class WebWorker<C> extends Worker<C> {}
