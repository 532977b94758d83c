package com.example.orders;

import dev.shiva.runtime.ConfigNode;

public record QueueDepthConfig(long depth) {
    public static QueueDepthConfig from(ConfigNode node) {
        return new QueueDepthConfig(node.integer("depth"));
    }
}
