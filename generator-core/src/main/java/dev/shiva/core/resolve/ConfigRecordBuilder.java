package dev.shiva.core.resolve;

import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.MapEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.ScalarType;
import dev.shiva.core.load.SourceNode;
import dev.shiva.core.model.ConfigField;
import dev.shiva.core.model.ConfigRecord;
import dev.shiva.core.model.FieldType;
import dev.shiva.core.model.ValueKind;
import dev.shiva.core.names.JavaNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Types the {@code config:} blocks of the entries of one worker class as one record: the union of
 * their keys (a key some entry lacks becomes optional), nested mappings as nested records, lists
 * as lists of their items' type. The validator has already refused conflicting types.
 */
final class ConfigRecordBuilder {

    private ConfigRecordBuilder() {}

    static ConfigRecord build(String recordName, List<MapNode> blocks) {
        return record(recordName, blocks);
    }

    private static ConfigRecord record(String name, List<MapNode> maps) {
        Map<String, List<SourceNode>> valuesByKey = new LinkedHashMap<>();
        for (MapNode map : maps) {
            for (MapEntry entry : map.entries()) {
                List<SourceNode> values = valuesByKey.computeIfAbsent(entry.name(), k -> new ArrayList<>());
                if (!isEmpty(entry.value())) { // an empty value counts as absent: the key becomes optional
                    values.add(entry.value());
                }
            }
        }
        List<ConfigField> fields = new ArrayList<>();
        valuesByKey.forEach((key, values) -> fields.add(new ConfigField(
                key, JavaNames.memberName(key).orElseThrow(), type(name, key, values), values.size() < maps.size())));
        return new ConfigRecord(name, fields);
    }

    private static boolean isEmpty(SourceNode value) {
        return value instanceof ScalarNode scalar && scalar.type() == ScalarType.NULL;
    }

    private static FieldType type(String enclosing, String key, List<SourceNode> values) {
        if (!values.isEmpty() && values.stream().allMatch(MapNode.class::isInstance)) {
            return new FieldType.Nested(record(nestedName(enclosing, key, ""), maps(values)));
        }
        if (!values.isEmpty() && values.stream().allMatch(ListNode.class::isInstance)) {
            List<SourceNode> items = new ArrayList<>();
            values.forEach(list -> items.addAll(((ListNode) list).items()));
            return new FieldType.ListOf(elementType(enclosing, key, items));
        }
        return new FieldType.Scalar(unifiedKind(values));
    }

    private static FieldType elementType(String enclosing, String key, List<SourceNode> items) {
        if (!items.isEmpty() && items.stream().allMatch(MapNode.class::isInstance)) {
            return new FieldType.Nested(record(nestedName(enclosing, key, "Item"), maps(items)));
        }
        if (!items.isEmpty() && items.stream().allMatch(ListNode.class::isInstance)) {
            List<SourceNode> inner = new ArrayList<>();
            items.forEach(list -> inner.addAll(((ListNode) list).items()));
            return new FieldType.ListOf(elementType(enclosing, key, inner));
        }
        return new FieldType.Scalar(unifiedKind(items));
    }

    private static ValueKind unifiedKind(List<SourceNode> values) {
        ValueKind kind = ValueKind.UNKNOWN;
        for (SourceNode value : values) {
            kind = kind.unify(ValueKind.of(value)).orElse(ValueKind.STRING);
        }
        return kind;
    }

    /** A nested record's name; never the enclosing record's own name, which Java forbids. */
    private static String nestedName(String enclosing, String key, String suffix) {
        String name = JavaNames.className(key).orElseThrow() + suffix;
        return name.equals(enclosing) ? name + "Value" : name;
    }

    private static List<MapNode> maps(List<SourceNode> nodes) {
        return nodes.stream().map(MapNode.class::cast).toList();
    }
}
