package dev.shiva.core.model;

import java.util.Optional;

/**
 * A dispatcher entry: its key under {@code dispatchers:}, its identity (what workers name), its
 * type, a Java name derived from the identity, its protocol (rmq only), and the typed config record
 * of its free-form {@code config:} block (for every dispatcher type but rmq, whose config is the
 * topology).
 */
public record DispatcherModel(
        String key,
        String identity,
        DispatcherType type,
        String javaName,
        Protocol protocol,
        Optional<DispatcherConfig> config) {

    /**
     * Whether it routes messages by their body's {@code object.action} (JSON_Routed_BPM), which gives
     * it a generated route table.
     */
    public boolean routed() {
        return protocol.kind() == Protocol.Kind.ROUTED_BPM;
    }

    /** The typed {@code config:} block of a non-rmq dispatcher, and that block as YAML text. */
    public record DispatcherConfig(ConfigRecord record, String yaml) {}
}
