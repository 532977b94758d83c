package dev.shiva.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shiva.schema.SchemaTree.SchemaNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one subschema into the row of the page: type in words, default, description, and the notes
 * that come from annotations (format hints, key names, rejected values). The walker decides which
 * keys exist; this class decides what is said about each.
 */
final class KeyDescriber {

    private static final Pattern KEY_PATH = Pattern.compile("[a-z_]+(\\.[a-z_]+)+");

    private final SchemaTree tree;
    private final TypeWords typeWords;

    KeyDescriber(SchemaTree tree) {
        this.tree = tree;
        this.typeWords = new TypeWords(tree);
    }

    DocumentedKey describe(String path, SchemaNode node, boolean required) {
        return new DocumentedKey(
                path, typeWords.of(node), required, defaultValue(node), description(node), notes(node));
    }

    /** The description as inline Markdown; empty when the schema has none. */
    static String description(SchemaNode node) {
        String description = node.text("description");
        return description == null ? "" : Markdown.text(description);
    }

    /**
     * {@code x-shiva-default} (prose, for defaults computed at run time) wins over {@code default}.
     * Prose that is a dotted key path, such as "common.coro_num", is shown as code.
     */
    private static String defaultValue(SchemaNode node) {
        String computed = node.text("x-shiva-default");
        if (computed != null) {
            return KEY_PATH.matcher(computed).matches() ? Markdown.code(computed) : Markdown.text(computed);
        }
        JsonNode value = node.get("default");
        return value == null ? null : Markdown.code(TypeWords.literal(value));
    }

    /** Facts a reader needs that are not type, default or description. */
    private List<String> notes(SchemaNode node) {
        List<String> notes = new ArrayList<>();
        format(node).ifPresent(format -> notes.add("*Format:* " + format));
        if (node.has("items")) {
            format(tree.resolve(node.get("items"), node.pointer() + "/items"))
                    .ifPresent(format -> notes.add("*Each item:* " + format));
        }
        if (node.has("propertyNames")) {
            SchemaNode names = propertyNames(node);
            format(names).ifPresent(format -> notes.add("*Keys:* " + format));
        }
        if (node.has("x-shiva-rejected")) {
            notes.addAll(rejected(node));
        }
        return notes;
    }

    /** The hint written for people when there is one, else the raw pattern. */
    private static Optional<String> format(SchemaNode node) {
        String hint = node.text("x-shiva-hint");
        if (hint != null) {
            return Optional.of(Markdown.text(hint));
        }
        String pattern = node.text("pattern");
        return pattern == null ? Optional.empty() : Optional.of("matches " + Markdown.code(pattern));
    }

    /** {@code x-shiva-rejected}: values refused with a dedicated message, {value: {code, message, hint}}. */
    private static List<String> rejected(SchemaNode node) {
        JsonNode rejected = node.get("x-shiva-rejected");
        String pointer = node.pointer() + "/x-shiva-rejected";
        if (!rejected.isObject()) {
            throw new UnsupportedSchemaException(pointer, "x-shiva-rejected is not an object");
        }
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> value : rejected.properties()) {
            JsonNode why = value.getValue();
            if (!why.isObject()
                    || why.size() != 3
                    || !why.path("code").isTextual()
                    || !why.path("message").isTextual()
                    || !why.path("hint").isTextual()) {
                throw new UnsupportedSchemaException(
                        pointer + "/" + SchemaTree.pointerPart(value.getKey()),
                        "expected exactly {code, message, hint}");
            }
            notes.add("*Rejected:* " + Markdown.code(value.getKey()) + " ("
                    + Markdown.code(why.get("code").textValue())
                    + "): " + Markdown.text(why.get("message").textValue()) + "; "
                    + Markdown.text(why.get("hint").textValue()));
        }
        return notes;
    }

    private SchemaNode propertyNames(SchemaNode node) {
        SchemaNode names = tree.resolve(node.get("propertyNames"), node.pointer() + "/propertyNames");
        if (!names.json().path("type").asText().equals("string")) {
            throw new UnsupportedSchemaException(names.pointer(), "propertyNames other than a string schema");
        }
        return names;
    }
}
