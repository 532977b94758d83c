package dev.shiva.runtime.internal.config;

import dev.shiva.runtime.ConfigException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a config.yml whose shape differs from the one the service was generated from: a new
 * worker, key, route or queue needs new generated code, and starting anyway would fail later in a
 * far less clear way (a missing config field, a route without a handler).
 */
public final class ShapeCheck {

    static final int LISTED = 5;

    private ShapeCheck() {}

    public static void verify(List<String> generated, YamlNode.Mapping root, String file) {
        ConfigShape.Difference difference = ConfigShape.Difference.between(generated, ConfigShape.of(root));
        if (difference.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!difference.added().isEmpty()) {
            parts.add("added: " + summary(difference.added()));
        }
        if (!difference.removed().isEmpty()) {
            parts.add("removed: " + summary(difference.removed()));
        }
        throw new ConfigException(Secrets.redact(file + " does not have the shape this service was generated from ("
                + String.join("; ", parts) + "); run 'shiva generate' and rebuild"));
    }

    private static String summary(List<String> items) {
        String listed = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? listed + " and " + (items.size() - LISTED) + " more" : listed;
    }
}
