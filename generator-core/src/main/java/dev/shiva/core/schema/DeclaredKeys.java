package dev.shiva.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * The keys the schema declares for one object of the instance, read at the schema object that
 * reported a problem with it: the answer to "which keys are allowed here?".
 */
final class DeclaredKeys {

    private final SchemaDocument schema;
    private final JsonNode instanceRoot;

    DeclaredKeys(SchemaDocument schema, JsonNode instanceRoot) {
        this.schema = schema;
        this.instanceRoot = instanceRoot;
    }

    /** Keys allowed for the object at {@code error.instance()}, by the schema object holding the keyword. */
    Set<String> of(SchemaError error) {
        JsonNode instance = instanceAt(error.instance());
        return schema.at(error.schemaObjectPointer())
                .map(object -> schema.properties(object, instance).keySet())
                .orElse(Set.of());
    }

    JsonNode instanceAt(List<Object> path) {
        JsonNode node = instanceRoot;
        for (Object segment : path) {
            node = segment instanceof Integer index ? node.path(index) : node.path((String) segment);
        }
        return node;
    }
}
