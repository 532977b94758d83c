package dev.shiva.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads shiva's own schema as data: the properties a section allows (for "did you mean"), their
 * descriptions (for "how to fix it"), and shiva's annotations ({@code x-shiva-hint}, {@code
 * x-shiva-rejected}). Only the constructs shiva's schema uses are interpreted.
 */
final class SchemaDocument {

    private final JsonNode root;

    SchemaDocument(JsonNode root) {
        this.root = root;
    }

    JsonNode root() {
        return root;
    }

    Optional<JsonNode> at(List<Object> pointer) {
        JsonNode node = root;
        for (Object segment : pointer) {
            node = segment instanceof Integer index ? node.path(index) : node.path((String) segment);
        }
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** Follows a local {@code $ref} chain to the schema object it names. */
    JsonNode deref(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 16 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                break;
            }
            current = target;
        }
        return current;
    }

    /**
     * The properties {@code schema} declares for {@code instance}: its own, those behind its {@code
     * $ref}, and those of {@code allOf} branches whose {@code if} holds for the instance.
     */
    Map<String, JsonNode> properties(JsonNode schema, JsonNode instance) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        collect(schema, instance, properties, 0);
        return properties;
    }

    private void collect(JsonNode schema, JsonNode instance, Map<String, JsonNode> into, int depth) {
        if (depth > 8 || schema == null || !schema.isObject()) {
            return;
        }
        JsonNode target = deref(schema);
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        target.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            into.merge(property.getKey(), property.getValue(), SchemaDocument::richer);
        }
        for (JsonNode branch : target.path("allOf")) {
            collect(branch, instance, into, depth + 1);
            if (branch.has("if") && conditionHolds(branch.get("if"), instance)) {
                collect(branch.get("then"), instance, into, depth + 1);
            }
        }
    }

    /** A branch's {@code config} that refers to a richer schema wins over the base's generic one. */
    private static JsonNode richer(JsonNode base, JsonNode branch) {
        return branch.has("$ref") ? branch : base;
    }

    /** shiva's conditions are {@code properties: {x: {const: v}}}: true when every const matches. */
    private static boolean conditionHolds(JsonNode condition, JsonNode instance) {
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        condition.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode expected = property.getValue().get("const");
            if (expected != null && !expected.equals(instance.get(property.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keys whose value selects the rest of an object's shape ({@code driver}, {@code dispatcher}):
     * those named in the {@code if} conditions of the schema.
     */
    Set<String> discriminators() {
        Set<String> keys = new HashSet<>();
        collectDiscriminators(root, keys);
        return keys;
    }

    private static void collectDiscriminators(JsonNode node, Set<String> into) {
        if (node.isObject() && node.has("if")) {
            node.get("if").path("properties").fieldNames().forEachRemaining(into::add);
        }
        node.forEach(child -> collectDiscriminators(child, into));
    }

    /** The description of a property schema, or of what its {@code $ref} names. */
    Optional<String> description(JsonNode propertySchema) {
        if (propertySchema.hasNonNull("description")) {
            return Optional.of(propertySchema.get("description").asText());
        }
        JsonNode target = deref(propertySchema);
        return Optional.ofNullable(target.get("description")).map(JsonNode::asText);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
