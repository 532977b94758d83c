package dev.shiva.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shiva.schema.SchemaTree.SchemaNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks the schema into the sections of the reference page, one documented key per property,
 * map entry and conditional key. Layout rules, all derived from the schema so new keys and
 * drivers appear without touching this class:
 *
 * <ul>
 *   <li>the top-level keys form one table; each top-level mapping then gets its own section;
 *   <li>keys of an {@code allOf} {@code if}/{@code then} branch get a subsection "when X is V",
 *       after the keys that always apply;
 *   <li>a {@code $defs} structure reached through a user-chosen key below a section's own map
 *       (an exchange, a queue) gets a subsection too, so deep structures are not buried in the
 *       middle of a table.
 * </ul>
 */
final class SchemaWalker {

    private final SchemaTree tree;
    private final KeyDescriber describer;

    SchemaWalker(SchemaTree tree) {
        this.tree = tree;
        this.describer = new KeyDescriber(tree);
    }

    List<DocSection> walk() {
        SchemaNode root = tree.root();
        for (String keyword : List.of("allOf", "anyOf", "items", "propertyNames")) {
            if (root.has(keyword)) {
                throw new UnsupportedSchemaException("", "'" + keyword + "' on the root");
            }
        }
        if (root.json().path("additionalProperties").isObject()) {
            throw new UnsupportedSchemaException("", "user-chosen top-level keys");
        }
        Set<String> required = requiredNames(root);
        List<DocumentedKey> topLevel = new ArrayList<>();
        Map<String, SchemaNode> mappings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : properties(root)) {
            String name = property.getKey();
            SchemaNode node = tree.resolve(property.getValue(), propertyPointer(root, name));
            topLevel.add(describe(name, node, required.contains(name)));
            if (hasChildren(node)) {
                mappings.put(name, node);
            }
        }
        List<DocSection> sections = new ArrayList<>();
        sections.add(new DocSection(2, "Top level", "The keys at the top of config.yml.", topLevel));
        mappings.forEach((name, node) -> sections.addAll(walkSection(name, node)));
        return sections;
    }

    /** One top-level mapping: its own keys first, then the subsections found on the way, in order. */
    private List<DocSection> walkSection(String name, SchemaNode node) {
        Walk walk = new Walk(name, List.of(), new ArrayDeque<>());
        List<DocumentedKey> keys = new ArrayList<>();
        children(node, name, walk, keys);
        List<DocSection> sections = new ArrayList<>();
        sections.add(new DocSection(2, Markdown.code(name), KeyDescriber.description(node), keys));
        while (!walk.pending().isEmpty()) {
            Subsection next = walk.pending().poll();
            List<DocumentedKey> subsectionKeys = new ArrayList<>();
            next.contents().accept(subsectionKeys);
            sections.add(new DocSection(3, next.title(), next.intro(), subsectionKeys));
        }
        return sections;
    }

    /** Documents the key at {@code path}, then everything below it. */
    private void key(String path, SchemaNode node, boolean required, Walk walk, List<DocumentedKey> out) {
        out.add(describe(path, node, required));
        children(node, path, walk, out);
    }

    private void children(SchemaNode node, String path, Walk walk, List<DocumentedKey> out) {
        Set<String> required = requiredNames(node);
        for (Map.Entry<String, JsonNode> property : properties(node)) {
            String name = property.getKey();
            SchemaNode child = tree.resolve(property.getValue(), propertyPointer(node, name));
            key(path + "." + name, child, required.contains(name), walk, out);
        }
        JsonNode unevaluated = node.get("unevaluatedProperties");
        if (unevaluated != null && !(unevaluated.isBoolean() && !unevaluated.booleanValue())) {
            throw new UnsupportedSchemaException(node.pointer(), "unevaluatedProperties other than false");
        }
        mapEntries(node, path, walk, out);
        branches(node, path, walk);
    }

    /** {@code additionalProperties} holding a schema: the values of user-chosen keys. */
    private void mapEntries(SchemaNode node, String path, Walk walk, List<DocumentedKey> out) {
        JsonNode additional = node.get("additionalProperties");
        if (additional == null || additional.isBoolean() && !additional.booleanValue()) {
            return;
        }
        if (!additional.isObject()) {
            throw new UnsupportedSchemaException(node.pointer(), "additionalProperties other than false or a schema");
        }
        SchemaNode entry = tree.resolve(additional, node.pointer() + "/additionalProperties");
        // Entries of the config's own maps (connections, dispatchers, workers, whose names are
        // checked by propertyNames) are called <key> in the page; deeper maps of a named
        // structure are called after it (<exchange>, <queue>), which reads better in long paths.
        String keyName = entry.defName() != null && !node.has("propertyNames") ? entry.defName() : "key";
        String entryPath = path + ".<" + keyName + ">";
        if (entry.defName() != null && !path.equals(walk.sectionPath())) {
            walk.pending()
                    .add(new Subsection(
                            Markdown.code(entryPath),
                            join(KeyDescriber.description(entry), walk.conditionSentence()),
                            keys -> key(entryPath, entry, false, walk, keys)));
        } else {
            key(entryPath, entry, false, walk, out);
        }
    }

    /** {@code allOf} of {@code if}/{@code then}: keys that exist, or change, for one value of X. */
    private void branches(SchemaNode node, String path, Walk walk) {
        JsonNode allOf = node.get("allOf");
        if (allOf == null) {
            return;
        }
        if (!allOf.isArray()) {
            throw new UnsupportedSchemaException(node.pointer(), "allOf is not an array");
        }
        for (int i = 0; i < allOf.size(); i++) {
            String pointer = node.pointer() + "/allOf/" + i;
            JsonNode branch = allOf.get(i);
            if (!branch.isObject() || branch.size() != 2 || !branch.has("if") || !branch.has("then")) {
                throw new UnsupportedSchemaException(pointer, "allOf entry other than exactly {if, then}");
            }
            BranchCondition condition = BranchCondition.parse(branch.get("if"), pointer + "/if", node);
            Walk conditional = walk.with(Markdown.code(path + "." + condition.property()) + " is "
                    + Markdown.code(TypeWords.literal(condition.value())));
            walk.pending()
                    .add(new Subsection(
                            Markdown.code(path) + " when " + Markdown.code(condition.property()) + " is "
                                    + Markdown.code(TypeWords.literal(condition.value())),
                            conditional.conditionSentence(),
                            keys -> then(node, branch.get("then"), pointer + "/then", path, conditional, keys)));
        }
    }

    /**
     * The keys of a {@code then}: its own properties, plus base properties it makes required. A
     * property that also exists outside the branch keeps the base's annotations where the branch
     * has none.
     */
    private void then(SchemaNode base, JsonNode then, String pointer, String path, Walk walk, List<DocumentedKey> out) {
        if (!then.isObject()) {
            throw new UnsupportedSchemaException(pointer, "then is not an object");
        }
        then.fieldNames().forEachRemaining(keyword -> {
            if (!keyword.equals("properties") && !keyword.equals("required")) {
                throw new UnsupportedSchemaException(
                        pointer, "'" + keyword + "' in then (only properties and required)");
            }
        });
        JsonNode thenProperties = then.path("properties");
        if (!thenProperties.isMissingNode() && !thenProperties.isObject()) {
            throw new UnsupportedSchemaException(pointer, "properties is not an object");
        }
        Set<String> thenRequired = names(then.path("required"), pointer + "/required");
        Set<String> baseRequired = requiredNames(base);
        JsonNode baseProperties = base.json().path("properties");
        Set<String> names = new LinkedHashSet<>();
        thenProperties.fieldNames().forEachRemaining(names::add);
        for (String name : thenRequired) {
            if (!thenProperties.has(name) && !baseProperties.has(name)) {
                throw new UnsupportedSchemaException(pointer, "required '" + name + "' is not a property");
            }
            names.add(name);
        }
        for (String name : names) {
            String childPointer = pointer + "/properties/" + SchemaTree.pointerPart(name);
            SchemaNode child;
            if (thenProperties.has(name)) {
                child = tree.resolve(thenProperties.get(name), childPointer);
                if (baseProperties.has(name)) {
                    child = child.withAnnotationsFrom(
                            tree.resolve(baseProperties.get(name), propertyPointer(base, name)));
                }
            } else {
                child = tree.resolve(baseProperties.get(name), propertyPointer(base, name));
            }
            boolean required = baseRequired.contains(name) || thenRequired.contains(name);
            key(path + "." + name, child, required, walk, out);
        }
    }

    private DocumentedKey describe(String path, SchemaNode node, boolean required) {
        requiredNames(node); // checked even where no child is walked, e.g. a top-level scalar
        return describer.describe(path, node, required);
    }

    private static boolean hasChildren(SchemaNode node) {
        return node.json().path("properties").size() > 0
                || node.json().path("additionalProperties").isObject()
                || node.has("allOf");
    }

    private static Iterable<Map.Entry<String, JsonNode>> properties(SchemaNode node) {
        JsonNode properties = node.json().path("properties");
        if (!properties.isMissingNode() && !properties.isObject()) {
            throw new UnsupportedSchemaException(node.pointer(), "properties is not an object");
        }
        return properties.properties();
    }

    /** {@code required}, checked against {@code properties} so a typo cannot hide a key. */
    private static Set<String> requiredNames(SchemaNode node) {
        Set<String> required = names(node.json().path("required"), node.pointer() + "/required");
        for (String name : required) {
            if (!node.json().path("properties").has(name)) {
                throw new UnsupportedSchemaException(node.pointer(), "required '" + name + "' is not among properties");
            }
        }
        return required;
    }

    private static Set<String> names(JsonNode array, String pointer) {
        Set<String> names = new LinkedHashSet<>();
        if (array.isMissingNode()) {
            return names;
        }
        if (!array.isArray()) {
            throw new UnsupportedSchemaException(pointer, "not an array of names");
        }
        for (JsonNode name : array) {
            if (!name.isTextual()) {
                throw new UnsupportedSchemaException(pointer, "not an array of names");
            }
            names.add(name.textValue());
        }
        return names;
    }

    private static String propertyPointer(SchemaNode node, String name) {
        return node.pointer() + "/properties/" + SchemaTree.pointerPart(name);
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }

    /**
     * State of the walk inside one section.
     *
     * @param sectionPath the top-level key the section documents
     * @param conditions "`X` is `V`" for every branch the walk is inside
     * @param pending subsections still to walk, in the order they were found
     */
    private record Walk(String sectionPath, List<String> conditions, Deque<Subsection> pending) {

        Walk with(String condition) {
            List<String> more = new ArrayList<>(conditions);
            more.add(condition);
            return new Walk(sectionPath, List.copyOf(more), pending);
        }

        String conditionSentence() {
            return conditions.isEmpty() ? "" : "Only when " + String.join(" and ", conditions) + ".";
        }
    }

    /** A subsection found during the walk; {@code contents} fills its table when its turn comes. */
    private record Subsection(String title, String intro, Consumer<List<DocumentedKey>> contents) {}
}
