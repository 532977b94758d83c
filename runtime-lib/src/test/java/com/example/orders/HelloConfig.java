package com.example.orders;

import dev.shiva.runtime.ConfigNode;

public record HelloConfig(String greeting) {
    public static HelloConfig from(ConfigNode node) {
        return new HelloConfig(node.string("greeting"));
    }
}
