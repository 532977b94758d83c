package dev.shiva.runtime.internal.rmq;

import java.util.List;

/**
 * An rmq dispatcher entry of config.yml: its connection, protocol and topology. The first exchange
 * is the default one for replies and publishing.
 */
public record RmqDispatcherSpec(
        String key, String identity, String connection, String proto, List<ExchangeSpec> exchanges) {

    public static final String ROUTED = "JSON_Routed_BPM";
    public static final String UNROUTED = "JSON_UnroutedALL";

    public ExchangeSpec defaultExchange() {
        return exchanges.get(0);
    }
}
