package dev.shiva.core.model;

/**
 * A connection under {@code connections:}.
 *
 * @param key its key, which {@code depends} references resolve to and the runtime knows it by
 * @param level its {@code level} as written (a number or a placeholder), {@code 0} when absent
 * @param accessorName the Java name of the accessor a worker base class gets for it
 */
public record ConnectionModel(String key, Driver driver, String level, String accessorName) {}
