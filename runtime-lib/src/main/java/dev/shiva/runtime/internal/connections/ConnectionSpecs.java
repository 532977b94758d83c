package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ConfigNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code connections:} from config.yml as the service starts. */
public final class ConnectionSpecs {

    private ConnectionSpecs() {}

    /** Every entry under {@code connections:}, in config.yml order, by key. */
    public static Map<String, ConnectionSpec> read(ConfigNode root) {
        Map<String, ConnectionSpec> specs = new LinkedHashMap<>();
        ConfigNode connections =
                root.find("connections").filter(ConfigNode::isMapping).orElse(null);
        if (connections == null) {
            return specs;
        }
        for (String key : connections.keys()) {
            ConfigNode entry = connections.get(key);
            int level = entry.find("level").map(node -> (int) node.asInteger()).orElse(0);
            ConfigNode config = entry.find("config")
                    .filter(ConfigNode::isMapping)
                    .orElseGet(() -> ConfigNode.empty(entry.file(), "connections." + key + ".config"));
            specs.put(key, new ConnectionSpec(key, entry.string("driver"), level, config));
        }
        return specs;
    }
}
