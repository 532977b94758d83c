package dev.shiva.core.model;

/**
 * A dispatcher entry: its key under {@code dispatchers:}, its identity (what workers name), its
 * type, and a Java name derived from the identity.
 */
public record DispatcherModel(String key, String identity, DispatcherType type, String javaName) {}
