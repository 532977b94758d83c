package dev.shiva.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostic;
import dev.shiva.core.diag.Location;
import dev.shiva.core.diag.Suggestions;
import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceNode;
import dev.shiva.core.load.SourcePointer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one schema violation into a located diagnostic that says what is wrong in the user's terms
 * and how to fix it, using the schema's own descriptions and shiva's annotations.
 */
final class SchemaMessages {

    private final SchemaDocument schema;
    private final SourceNode root;
    private final DeclaredKeys declared;

    SchemaMessages(SchemaDocument schema, SourceNode root, DeclaredKeys declared) {
        this.schema = schema;
        this.root = root;
        this.declared = declared;
    }

    Diagnostic translate(SchemaError error) {
        return switch (error.keyword()) {
            case "additionalProperties", "unevaluatedProperties" -> unknownKey(error);
            case "required" -> missingKey(error);
            case "type" -> wrongType(error);
            case "enum", "const" -> notAllowed(error);
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> outOfRange(error);
            case "pattern" -> wrongForm(error);
            case "minProperties", "minItems", "minLength" -> empty(error);
            case "uniqueItems" -> duplicateItem(error);
            case "propertyNames" -> badKey(error);
            default -> other(error);
        };
    }

    private Diagnostic unknownKey(SchemaError error) {
        List<Object> path = error.propertyInstance();
        Set<String> allowed = declared.of(error);
        String hint = Suggestions.didYouMean(error.property(), allowed);
        if (hint.isEmpty()) {
            hint = allowed.isEmpty() ? "remove it" : "allowed here: " + String.join(", ", allowed);
        }
        return diagnostic(
                Code.SCHEMA_UNKNOWN_KEY,
                SourcePointer.keyLocation(root, path),
                path,
                "unknown key '" + error.property() + "'",
                hint);
    }

    private Diagnostic missingKey(SchemaError error) {
        String missing = error.property();
        String described = schema.at(error.schemaObjectPointer())
                .map(object -> schema.properties(object, declared.instanceAt(error.instance()))
                        .get(missing))
                .flatMap(schema::description)
                .map(d -> " — " + d)
                .orElse("");
        return diagnostic(
                Code.SCHEMA_MISSING_KEY,
                SourcePointer.keyLocation(root, error.instance()),
                error.instance(),
                "missing required key '" + missing + "'",
                "add '" + missing + ":'" + described);
    }

    private Diagnostic wrongType(SchemaError error) {
        String expected =
                schema.at(error.schemaPointer()).map(SchemaMessages::typeWords).orElse("another type");
        String hint = typeHint(error);
        return diagnostic(
                Code.SCHEMA_TYPE,
                valueLocation(error),
                error.instance(),
                "expected " + expected + ", found " + found(error.instance()),
                hint);
    }

    private String typeHint(SchemaError error) {
        boolean placeholderGiven =
                scalarText(error.instance()).filter(t -> t.startsWith("${")).isPresent();
        if (placeholderGiven) {
            return "a placeholder stands for one value, not for a list or a mapping";
        }
        return error.placeholderAccepted() ? "a ${VAR} or ${VAR:default} placeholder is accepted too" : "";
    }

    private Diagnostic notAllowed(SchemaError error) {
        String value = scalarText(error.instance()).orElse("this value");
        Optional<Diagnostic> rejected = rejectedValue(error, value);
        if (rejected.isPresent()) {
            return rejected.get();
        }
        List<String> allowed = schema.at(error.schemaPointer())
                .map(node -> node.isArray() ? SchemaDocument.texts(node) : List.of(node.asText()))
                .orElse(List.of());
        String suggestion = Suggestions.didYouMean(value, allowed);
        String hint = suggestion.isEmpty() ? "use one of: " + String.join(", ", allowed) : suggestion;
        return diagnostic(
                Code.SCHEMA_VALUE, valueLocation(error), error.instance(), "'" + value + "' is not allowed", hint);
    }

    /** Values the schema names in {@code x-shiva-rejected}, each with its own code and reason. */
    private Optional<Diagnostic> rejectedValue(SchemaError error, String value) {
        return schema.at(error.schemaObjectPointer())
                .map(object -> object.path("x-shiva-rejected").path(value))
                .filter(JsonNode::isObject)
                .map(reason -> diagnostic(
                        codeById(reason.path("code").asText()),
                        valueLocation(error),
                        error.instance(),
                        reason.path("message").asText(),
                        reason.path("hint").asText()));
    }

    private Diagnostic outOfRange(SchemaError error) {
        String bound = schema.at(error.schemaPointer()).map(JsonNode::asText).orElse("?");
        String relation =
                switch (error.keyword()) {
                    case "minimum" -> "at least ";
                    case "maximum" -> "at most ";
                    case "exclusiveMinimum" -> "more than ";
                    default -> "less than ";
                };
        return diagnostic(
                Code.SCHEMA_RANGE,
                valueLocation(error),
                error.instance(),
                "must be " + relation + bound + ", found "
                        + scalarText(error.instance()).orElse("?"),
                "");
    }

    private Diagnostic wrongForm(SchemaError error) {
        JsonNode object = schema.at(error.schemaObjectPointer()).orElse(schema.root());
        if (object.hasNonNull("x-shiva-placeholder-type")) {
            String expected = object.get("x-shiva-placeholder-type").asText();
            return diagnostic(
                    Code.SCHEMA_TYPE,
                    valueLocation(error),
                    error.instance(),
                    "the default of '" + scalarText(error.instance()).orElse("") + "' is not " + expected,
                    "give the placeholder a default of the key's type, or none");
        }
        String hint = object.hasNonNull("x-shiva-hint")
                ? object.get("x-shiva-hint").asText()
                : schema.description(object).orElse("");
        return diagnostic(
                Code.SCHEMA_FORMAT,
                valueLocation(error),
                error.instance(),
                "'" + scalarText(error.instance()).orElse("") + "' is not of the expected form",
                hint);
    }

    private Diagnostic empty(SchemaError error) {
        JsonNode object = schema.at(error.schemaObjectPointer()).orElse(schema.root());
        String what = schema.description(object).map(d -> " (" + d + ")").orElse("");
        return diagnostic(
                Code.SCHEMA_EMPTY,
                valueLocation(error),
                error.instance(),
                "must not be empty",
                "add at least one entry" + what);
    }

    /** A user-chosen key (of connections, dispatchers, workers) that breaks the key pattern. */
    private Diagnostic badKey(SchemaError error) {
        List<Object> path = error.propertyInstance();
        JsonNode rule = schema.at(error.schemaPointer()).map(schema::deref).orElse(schema.root());
        String hint = rule.hasNonNull("x-shiva-hint") ? rule.get("x-shiva-hint").asText() : "";
        return diagnostic(
                Code.SCHEMA_FORMAT,
                SourcePointer.keyLocation(root, path),
                path,
                "'" + error.property() + "' is not a valid name here",
                hint);
    }

    private Diagnostic duplicateItem(SchemaError error) {
        List<Object> path = new ArrayList<>(error.instance());
        String item = "";
        Optional<SourceNode> list = SourcePointer.find(root, error.instance());
        if (list.isPresent() && list.get() instanceof ListNode items) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.items().size(); i++) {
                if (items.items().get(i) instanceof ScalarNode scalar && !seen.add(scalar.text())) {
                    path.add(i);
                    item = scalar.text();
                    break;
                }
            }
        }
        return diagnostic(
                Code.SCHEMA_DUPLICATE_ITEM,
                SourcePointer.valueLocation(root, path),
                path,
                "'" + item + "' is listed twice",
                "remove the repeated item");
    }

    private Diagnostic other(SchemaError error) {
        return diagnostic(
                Code.SCHEMA_OTHER,
                valueLocation(error),
                error.instance(),
                "violates the schema's '" + error.keyword() + "' rule",
                "");
    }

    private Diagnostic diagnostic(Code code, Location location, List<Object> path, String message, String hint) {
        return new Diagnostic(code, location, SourcePointer.dotted(path), message, hint);
    }

    private Location valueLocation(SchemaError error) {
        return SourcePointer.valueLocation(root, error.instance());
    }

    private Optional<String> scalarText(List<Object> path) {
        return SourcePointer.find(root, path)
                .filter(ScalarNode.class::isInstance)
                .map(node -> ((ScalarNode) node).text());
    }

    private String found(List<Object> path) {
        Optional<SourceNode> node = SourcePointer.find(root, path);
        if (node.isEmpty()) {
            return "nothing";
        }
        if (node.get() instanceof ScalarNode scalar) {
            return scalar.type() == dev.shiva.core.load.ScalarType.NULL
                    ? "nothing (the value is empty)"
                    : scalar.kindName() + " '" + scalar.text() + "'";
        }
        return node.get().kindName();
    }

    private static String typeWords(JsonNode type) {
        if (type.isArray()) {
            List<String> words = new ArrayList<>();
            type.forEach(t -> {
                if (!t.asText().equals("null")) {
                    words.add(typeWord(t.asText()));
                }
            });
            return String.join(" or ", words);
        }
        return typeWord(type.asText());
    }

    private static String typeWord(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "a boolean (true or false)";
            case "string" -> "a string";
            default -> type;
        };
    }

    private static Code codeById(String id) {
        for (Code code : Code.values()) {
            if (code.id().equals(id)) {
                return code;
            }
        }
        return Code.SCHEMA_VALUE;
    }
}
