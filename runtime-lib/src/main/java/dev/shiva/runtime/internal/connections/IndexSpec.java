package dev.shiva.runtime.internal.connections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * One index of a {@code mongodb} connection's {@code indexes}: {@code fields} maps each field, in
 * order, to {@code ASCENDING}, {@code DESCENDING}, {@code TEXT} or {@code HASHED}.
 */
record IndexSpec(String database, String collection, String name, Map<String, String> fields) {

    static final Set<String> KINDS = Set.of("ASCENDING", "DESCENDING", "TEXT", "HASHED");

    IndexSpec {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** {@code db.collection.name}, for messages. */
    String where() {
        return database + "." + collection + "." + name;
    }

    /** The key document of {@code createIndex}: {@code {a: 1, b: -1, c: "text", d: "hashed"}}. */
    Document keys() {
        Document keys = new Document();
        fields.forEach((field, kind) -> keys.append(
                field,
                switch (kind) {
                    case "ASCENDING" -> (Object) 1;
                    case "DESCENDING" -> -1;
                    case "TEXT" -> "text";
                    case "HASHED" -> "hashed";
                    default -> throw new IllegalArgumentException(kind);
                }));
        return keys;
    }

    /**
     * The fields of an index {@code listIndexes} returned, in config.yml's words. MongoDB stores a
     * text index as {@code {_fts: "text", _ftsx: 1}} with the text fields under {@code weights}: they
     * come back as {@code TEXT} fields in the place of {@code _fts}.
     */
    static Map<String, String> kinds(Document index) {
        Map<String, String> kinds = new LinkedHashMap<>();
        Object key = index.get("key");
        if (!(key instanceof Document keyDocument)) {
            return kinds;
        }
        for (Map.Entry<String, Object> entry : keyDocument.entrySet()) {
            String field = entry.getKey();
            Object value = entry.getValue();
            if (field.equals("_fts") && "text".equals(value)) {
                Object weights = index.get("weights");
                if (weights instanceof Document weightDocument) {
                    List<String> textFields =
                            weightDocument.keySet().stream().sorted().toList();
                    textFields.forEach(textField -> kinds.put(textField, "TEXT"));
                }
                continue;
            }
            if (field.equals("_ftsx")) {
                continue;
            }
            kinds.put(field, kind(value));
        }
        return kinds;
    }

    /**
     * What makes two indexes the same: the fields in order with their kinds, except that the text
     * fields of a text index count as one group in any order (MongoDB keeps them as a set).
     */
    static List<String> signature(Map<String, String> fields) {
        List<String> signature = new ArrayList<>();
        List<String> text = new ArrayList<>();
        fields.forEach((field, kind) -> {
            if (kind.equals("TEXT")) {
                if (text.isEmpty()) {
                    signature.add(null); // the group's place
                }
                text.add(field);
            } else {
                signature.add(field + ":" + kind);
            }
        });
        int place = signature.indexOf(null);
        if (place >= 0) {
            signature.set(place, "TEXT" + text.stream().sorted().toList());
        }
        return signature;
    }

    private static String kind(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue() < 0 ? "DESCENDING" : "ASCENDING";
        }
        if ("text".equals(value)) {
            return "TEXT";
        }
        if ("hashed".equals(value)) {
            return "HASHED";
        }
        return String.valueOf(value);
    }
}
