package dev.shiva.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of each driver's {@code config:} block with their defaults, read from shiva's schema
 * (the branch of {@code $defs/connection} whose {@code if} names the driver), so that what a
 * generated README lists is what validation checks.
 */
public final class DriverSettings {

    /**
     * One key of a driver's config block.
     *
     * @param defaultValue the schema's {@code default}, as JSON text without quotes
     * @param description the schema's {@code description}: what the key means in the Java edition
     */
    public record Setting(String key, boolean required, Optional<String> defaultValue, String description) {}

    private DriverSettings() {}

    /** The driver's keys in the schema's order; empty for a driver the schema does not know. */
    public static List<Setting> of(String driver) {
        SchemaDocument schema = Holder.SCHEMA;
        for (JsonNode branch : schema.root().path("$defs").path("connection").path("allOf")) {
            if (branch.path("if")
                    .path("properties")
                    .path("driver")
                    .path("const")
                    .asText()
                    .equals(driver)) {
                JsonNode config =
                        schema.deref(branch.path("then").path("properties").path("config"));
                return settings(schema, config);
            }
        }
        return List.of();
    }

    private static List<Setting> settings(SchemaDocument schema, JsonNode config) {
        Set<String> required = new HashSet<>();
        config.path("required").forEach(name -> required.add(name.asText()));
        List<Setting> settings = new ArrayList<>();
        config.path("properties").properties().forEach(property -> {
            JsonNode node = property.getValue();
            JsonNode defaultValue = node.has("default")
                    ? node.get("default")
                    : schema.deref(node).path("default");
            settings.add(new Setting(
                    property.getKey(),
                    required.contains(property.getKey()),
                    defaultValue.isMissingNode()
                            ? Optional.empty()
                            : Optional.of(defaultValue.isTextual() ? defaultValue.asText() : defaultValue.toString()),
                    node.has("description")
                            ? node.get("description").asText()
                            : schema.deref(node).path("description").asText("")));
        });
        return settings;
    }

    /** The schema, read once, when a README is first generated. */
    private static final class Holder {
        static final SchemaDocument SCHEMA = load();

        private static SchemaDocument load() {
            try (InputStream in = DriverSettings.class.getResourceAsStream(ConfigSchema.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the schema resource " + ConfigSchema.RESOURCE + " is missing from the classpath");
                }
                return new SchemaDocument(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the schema resource " + ConfigSchema.RESOURCE, e);
            }
        }
    }
}
