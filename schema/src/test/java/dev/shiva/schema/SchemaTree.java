package dev.shiva.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * The schema document with the two services the generator needs everywhere: resolving {@code $ref}
 * and refusing keywords it does not understand. Every subschema the generator reads goes through
 * {@link #resolve}, so no keyword can slip past the check.
 */
final class SchemaTree {

    static final String DEFS_PREFIX = "#/$defs/";

    /** Keywords that only describe a key; on a {@code $ref} they override the target's. */
    static final Set<String> ANNOTATIONS =
            Set.of("description", "title", "default", "x-shiva-default", "x-shiva-hint", "x-shiva-rejected");

    /** Keywords that decide the shape of a value; each one is interpreted by the walker or TypeWords. */
    private static final Set<String> STRUCTURE = Set.of(
            "$ref",
            "type",
            "properties",
            "required",
            "additionalProperties",
            "unevaluatedProperties",
            "propertyNames",
            "items",
            "enum",
            "anyOf",
            "allOf");

    /** Validation-only keywords; TypeWords and the walker turn them into words or notes. */
    private static final Set<String> CONSTRAINTS =
            Set.of("pattern", "minimum", "maximum", "minLength", "minProperties", "uniqueItems");

    /** Keywords that make sense on the document root only. */
    private static final Set<String> ROOT_ONLY = Set.of("$schema", "$id", "$defs");

    private final JsonNode document;
    private final Deque<String> refsInProgress = new ArrayDeque<>();

    SchemaTree(JsonNode document) {
        if (!document.isObject()) {
            throw new UnsupportedSchemaException("", "the schema document is not a JSON object");
        }
        this.document = document;
    }

    /** The root schema, checked like any other plus the keywords allowed only there. */
    SchemaNode root() {
        ObjectNode root = (ObjectNode) document;
        checkKeywords(root, "", true);
        return new SchemaNode(root, "", null);
    }

    /**
     * The subschema at {@code pointer}, with a {@code $ref} replaced by its target. Keywords next to
     * the {@code $ref} are kept: annotations override the target's (a property's own description
     * wins), while a structural keyword on both sides is refused, since the page could not say which
     * one the key obeys.
     */
    SchemaNode resolve(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            throw new UnsupportedSchemaException(pointer, "expected a schema object, found " + node);
        }
        ObjectNode own = (ObjectNode) node;
        checkKeywords(own, pointer, false);
        JsonNode ref = own.get("$ref");
        if (ref == null) {
            return new SchemaNode(own, pointer, null);
        }
        String defName = defName(ref, pointer);
        if (refsInProgress.contains(defName)) {
            throw new UnsupportedSchemaException(pointer, "recursive $ref to " + defName);
        }
        refsInProgress.push(defName);
        SchemaNode target;
        try {
            target = resolve(document.path("$defs").get(defName), "/$defs/" + defName);
        } finally {
            refsInProgress.pop();
        }
        ObjectNode merged = target.json().deepCopy();
        for (Map.Entry<String, JsonNode> field : own.properties()) {
            String keyword = field.getKey();
            if (keyword.equals("$ref")) {
                continue;
            }
            if (!ANNOTATIONS.contains(keyword) && merged.has(keyword)) {
                throw new UnsupportedSchemaException(
                        pointer, "'" + keyword + "' is set both here and in the $ref target " + defName);
            }
            merged.set(keyword, field.getValue());
        }
        return new SchemaNode(merged, pointer, target.defName() != null ? target.defName() : defName);
    }

    /** True when {@code node} is exactly a {@code $ref} to the definition {@code defName}. */
    static boolean isRefTo(JsonNode node, String defName) {
        return node.isObject() && node.size() == 1 && node.path("$ref").asText().equals(DEFS_PREFIX + defName);
    }

    /** Escapes a property name for use in a JSON pointer (RFC 6901). */
    static String pointerPart(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private String defName(JsonNode ref, String pointer) {
        String text = ref.asText();
        if (!ref.isTextual() || !text.startsWith(DEFS_PREFIX)) {
            throw new UnsupportedSchemaException(pointer, "$ref '" + text + "' does not point into #/$defs/");
        }
        String name = text.substring(DEFS_PREFIX.length());
        if (name.contains("/") || !document.path("$defs").has(name)) {
            throw new UnsupportedSchemaException(pointer, "$ref '" + text + "' names no definition of #/$defs");
        }
        return name;
    }

    private static void checkKeywords(ObjectNode node, String pointer, boolean isRoot) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String keyword = field.getKey();
            boolean known = ANNOTATIONS.contains(keyword)
                    || STRUCTURE.contains(keyword)
                    || CONSTRAINTS.contains(keyword)
                    || (isRoot && ROOT_ONLY.contains(keyword));
            if (!known) {
                throw new UnsupportedSchemaException(pointer, "unsupported keyword '" + keyword + "'");
            }
        }
    }

    /**
     * A subschema after {@code $ref} resolution.
     *
     * @param json the merged keywords
     * @param pointer where the subschema sits in the document (the referring node, not the target)
     * @param defName the {@code $defs} entry it came from, or null when written in place
     */
    record SchemaNode(ObjectNode json, String pointer, String defName) {

        boolean has(String keyword) {
            return json.has(keyword);
        }

        JsonNode get(String keyword) {
            return json.get(keyword);
        }

        /** The string value of an annotation, or null. */
        String text(String keyword) {
            JsonNode value = json.get(keyword);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                throw new UnsupportedSchemaException(pointer, "'" + keyword + "' is not a string");
            }
            return value.textValue();
        }

        /** This node with the annotations it lacks taken from {@code fallback}. */
        SchemaNode withAnnotationsFrom(SchemaNode fallback) {
            ObjectNode merged = json.deepCopy();
            for (String keyword : ANNOTATIONS) {
                if (!merged.has(keyword) && fallback.has(keyword)) {
                    merged.set(keyword, fallback.get(keyword));
                }
            }
            return new SchemaNode(merged, pointer, defName);
        }
    }
}
