package com.example.orders;

import dev.shiva.runtime.ConfigNode;

/** As the generator would write it: the typed {@code config:} of the {@code ticker} worker class. */
public record TickerConfig(long intervalMs, String label, Limits limits) {

    public record Limits(long burst) {
        public static Limits from(ConfigNode node) {
            return new Limits(node.integer("burst"));
        }
    }

    public static TickerConfig from(ConfigNode node) {
        return new TickerConfig(node.integer("interval_ms"), node.string("label"), Limits.from(node.get("limits")));
    }
}
