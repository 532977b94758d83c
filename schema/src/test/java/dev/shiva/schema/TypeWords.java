package dev.shiva.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shiva.schema.SchemaTree.SchemaNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says in words which values a key accepts ("integer ≥ 1 or a `${VAR}` placeholder"), so that
 * readers of the page need not know JSON Schema. Output is inline Markdown.
 */
final class TypeWords {

    /** The definition that stands for an environment placeholder in an {@code anyOf}. */
    static final String PLACEHOLDER_DEF = "placeholder";

    static final String PLACEHOLDER_WORDS = "a " + Markdown.code("${VAR}") + " placeholder";

    /** Nouns whose plural "list of ..." can use; anything else is spelled out item by item. */
    private static final Map<String, String> PLURALS = Map.of(
            "string", "strings",
            "non-empty string", "non-empty strings",
            "integer", "integers",
            "number", "numbers",
            "boolean", "booleans",
            "mapping", "mappings",
            "free-form mapping", "free-form mappings");

    private final SchemaTree tree;

    TypeWords(SchemaTree tree) {
        this.tree = tree;
    }

    String of(SchemaNode node) {
        if (node.has("anyOf")) {
            if (node.has("type") || node.has("enum")) {
                throw new UnsupportedSchemaException(node.pointer(), "anyOf next to type or enum");
            }
            return anyOf(node);
        }
        if (node.has("enum")) {
            // An enum fixes the values; a type next to it adds nothing a reader needs.
            return "one of " + values(node.get("enum"), node.pointer());
        }
        if (node.has("type")) {
            return types(node);
        }
        if (node.has("properties")) {
            return "mapping";
        }
        throw new UnsupportedSchemaException(
                node.pointer(), "no type, enum or anyOf: the page cannot say what it accepts");
    }

    /** Enum values as code spans separated by '|', in schema order. */
    static String values(JsonNode values, String pointer) {
        if (!values.isArray() || values.isEmpty()) {
            throw new UnsupportedSchemaException(pointer, "enum is not a non-empty array");
        }
        List<String> words = new ArrayList<>();
        for (JsonNode value : values) {
            words.add(Markdown.code(literal(value)));
        }
        return String.join(" | ", words);
    }

    /** A JSON value as a reader would type it in YAML: strings bare, everything else as JSON. */
    static String literal(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }

    /** The generic placeholder, or one of the typed ones ({@code placeholderInteger}, ...). */
    private static boolean isPlaceholderRef(JsonNode alternative) {
        JsonNode ref = alternative.get("$ref");
        return ref != null && ref.asText().startsWith("#/$defs/" + PLACEHOLDER_DEF);
    }

    private String anyOf(SchemaNode node) {
        JsonNode alternatives = node.get("anyOf");
        if (!alternatives.isArray() || alternatives.isEmpty()) {
            throw new UnsupportedSchemaException(node.pointer(), "anyOf is not a non-empty array");
        }
        List<String> words = new ArrayList<>();
        boolean placeholder = false;
        for (int i = 0; i < alternatives.size(); i++) {
            JsonNode alternative = alternatives.get(i);
            if (isPlaceholderRef(alternative)) {
                placeholder = true;
                continue;
            }
            SchemaNode resolved = tree.resolve(alternative, node.pointer() + "/anyOf/" + i);
            for (String nested : List.of("properties", "additionalProperties", "allOf", "propertyNames")) {
                // Alternatives with keys of their own would need a table each; none exists today.
                if (resolved.has(nested)) {
                    throw new UnsupportedSchemaException(resolved.pointer(), "anyOf alternative with '" + nested + "'");
                }
            }
            words.add(of(resolved));
        }
        if (placeholder) {
            words.add(PLACEHOLDER_WORDS);
        }
        return String.join(" or ", words);
    }

    private String types(SchemaNode node) {
        JsonNode type = node.get("type");
        List<String> names = new ArrayList<>();
        if (type.isTextual()) {
            names.add(type.textValue());
        } else if (type.isArray() && !type.isEmpty()) {
            type.forEach(t -> names.add(t.asText()));
        } else {
            throw new UnsupportedSchemaException(node.pointer(), "type is neither a string nor a non-empty array");
        }
        return names.stream().map(name -> type(name, node)).collect(Collectors.joining(" or "));
    }

    private String type(String name, SchemaNode node) {
        return switch (name) {
            case "string" -> string(node);
            case "integer", "number" -> number(name, node);
            case "boolean", "null" -> name;
            case "object" -> object(node);
            case "array" -> list(node);
            default -> throw new UnsupportedSchemaException(node.pointer(), "unknown type '" + name + "'");
        };
    }

    private static String string(SchemaNode node) {
        int minLength = node.json().path("minLength").asInt(0);
        if (minLength == 0) {
            return "string";
        }
        return minLength == 1 ? "non-empty string" : "string of at least " + minLength + " characters";
    }

    private static String number(String name, SchemaNode node) {
        JsonNode min = node.get("minimum");
        JsonNode max = node.get("maximum");
        if (min != null && max != null) {
            return name + " from " + min.asText() + " to " + max.asText();
        }
        if (min != null) {
            return name + " ≥ " + min.asText();
        }
        return max != null ? name + " ≤ " + max.asText() : name;
    }

    private static String object(SchemaNode node) {
        boolean freeForm =
                !node.has("properties") && !node.has("additionalProperties") && !node.has("unevaluatedProperties");
        String words = freeForm ? "free-form mapping" : "mapping";
        int minProperties = node.json().path("minProperties").asInt(0);
        if (minProperties > 0) {
            words += " with at least " + minProperties + (minProperties == 1 ? " entry" : " entries");
        }
        return words;
    }

    private String list(SchemaNode node) {
        String unique = node.json().path("uniqueItems").asBoolean(false) ? "unique " : "";
        JsonNode items = node.get("items");
        if (items == null) {
            return "list" + (unique.isEmpty() ? "" : " of unique items");
        }
        SchemaNode item = tree.resolve(items, node.pointer() + "/items");
        for (String nested : List.of("properties", "additionalProperties", "allOf")) {
            // A list of mappings would need its own table of keys (path "list[]"); none exists today.
            if (item.has(nested)) {
                throw new UnsupportedSchemaException(item.pointer(), "list items with '" + nested + "'");
            }
        }
        String singular = of(item);
        String plural = PLURALS.get(singular);
        return plural != null ? "list of " + unique + plural : "list of " + unique + "items, each " + singular;
    }
}
