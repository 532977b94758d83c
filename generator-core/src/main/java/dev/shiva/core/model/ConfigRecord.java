package dev.shiva.core.model;

import java.util.List;

/**
 * A typed config record: one component per key of a {@code config:} mapping (nested mappings are
 * nested records), in the order the keys were first written.
 */
public record ConfigRecord(String javaName, List<ConfigField> fields) {

    public ConfigRecord {
        fields = List.copyOf(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
