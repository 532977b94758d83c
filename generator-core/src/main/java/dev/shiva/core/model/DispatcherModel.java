package dev.shiva.core.model;

/**
 * A dispatcher entry: its key under {@code dispatchers:}, its identity (what workers name), its
 * type, a Java name derived from the identity, and whether it routes messages by their body's
 * {@code object.action} (an rmq dispatcher with {@code JSON_Routed_BPM}), which gives it a
 * generated route table.
 */
public record DispatcherModel(String key, String identity, DispatcherType type, String javaName, boolean routed) {}
