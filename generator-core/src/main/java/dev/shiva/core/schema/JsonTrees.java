package dev.shiva.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.MapEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceNode;
import java.math.BigInteger;

/** The JSON view of a source tree, for the schema validator; same order, same values. */
final class JsonTrees {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTrees() {}

    static JsonNode toJson(SourceNode node) {
        if (node instanceof MapNode map) {
            return object(map);
        }
        if (node instanceof ListNode list) {
            return array(list);
        }
        return scalar((ScalarNode) node);
    }

    private static ObjectNode object(MapNode map) {
        ObjectNode object = FACTORY.objectNode();
        for (MapEntry entry : map.entries()) {
            object.set(entry.name(), toJson(entry.value()));
        }
        return object;
    }

    private static ArrayNode array(ListNode list) {
        ArrayNode array = FACTORY.arrayNode();
        list.items().forEach(item -> array.add(toJson(item)));
        return array;
    }

    private static JsonNode scalar(ScalarNode scalar) {
        return switch (scalar.type()) {
            case STRING -> FACTORY.textNode(scalar.text());
            case BOOLEAN -> FACTORY.booleanNode((Boolean) scalar.value());
            case NULL -> FACTORY.nullNode();
            case FLOAT -> FACTORY.numberNode((Double) scalar.value());
            case INTEGER -> integer(scalar.integerValue());
        };
    }

    private static JsonNode integer(BigInteger value) {
        return value.bitLength() < 64 ? FACTORY.numberNode(value.longValue()) : FACTORY.numberNode(value);
    }
}
