package dev.shiva.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shiva.schema.SchemaTree.SchemaNode;
import java.util.Map;

/**
 * The {@code if} of an {@code allOf} branch. Only the discriminator form is understood: {@code
 * {properties: {X: {const: V}}}}, optionally with {@code required: [X]}, where X is a property of
 * the object. Anything richer could not be put in words as "when X is V", so it is refused.
 *
 * @param property X, the discriminating key
 * @param value V, the value that switches the branch on
 */
record BranchCondition(String property, JsonNode value) {

    static BranchCondition parse(JsonNode condition, String pointer, SchemaNode owner) {
        String shape = "if other than {properties: {X: {const: V}}, required: [X]}";
        if (!condition.isObject()) {
            throw new UnsupportedSchemaException(pointer, shape);
        }
        JsonNode properties = condition.path("properties");
        if (!properties.isObject() || properties.size() != 1) {
            throw new UnsupportedSchemaException(pointer, shape);
        }
        String property = properties.fieldNames().next();
        JsonNode test = properties.get(property);
        if (!test.isObject() || test.size() != 1 || !test.has("const")) {
            throw new UnsupportedSchemaException(pointer, shape);
        }
        for (Map.Entry<String, JsonNode> field : condition.properties()) {
            boolean allowed = field.getKey().equals("properties")
                    || field.getKey().equals("required")
                            && field.getValue().isArray()
                            && field.getValue().size() == 1
                            && field.getValue().get(0).asText().equals(property);
            if (!allowed) {
                throw new UnsupportedSchemaException(pointer, shape);
            }
        }
        if (!owner.json().path("properties").has(property)) {
            throw new UnsupportedSchemaException(pointer, "if tests '" + property + "', which is not a property");
        }
        return new BranchCondition(property, test.get("const"));
    }
}
