package dev.shiva.core.load;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostic;
import dev.shiva.core.diag.Location;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Converts SnakeYAML's composed node graph into the immutable {@link SourceNode} tree: expands
 * aliases within a node budget, refuses alias cycles, applies {@code <<} merges, types scalars as
 * YAML 1.1 does, and reports duplicate keys instead of silently keeping the last one.
 */
final class NodeConverter {

    private final String file;
    private final LoadLimits limits;
    private final List<Diagnostic> diagnostics;
    private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
    private int nodes;

    NodeConverter(String file, LoadLimits limits, List<Diagnostic> diagnostics) {
        this.file = file;
        this.limits = limits;
        this.diagnostics = diagnostics;
    }

    static Location locate(String file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    SourceNode convert(Node root) {
        return convert(root, "");
    }

    private SourceNode convert(Node node, String path) {
        spendBudget(node);
        if (onPath.put(node, Boolean.TRUE) != null) {
            throw new LoadAbort(new Diagnostic(
                    Code.YAML_ALIAS,
                    locate(file, node.getStartMark()),
                    path,
                    "the node anchored here contains an alias to itself",
                    "a config.yml is a tree: an alias may repeat a part, not contain itself"));
        }
        try {
            return switch (node.getNodeId()) {
                case mapping -> convertMapping((MappingNode) node, path);
                case sequence -> convertSequence((SequenceNode) node, path);
                default -> convertScalar((org.yaml.snakeyaml.nodes.ScalarNode) node, path);
            };
        } finally {
            onPath.remove(node);
        }
    }

    private void spendBudget(Node node) {
        if (++nodes > limits.maxNodes()) {
            throw new LoadAbort(new Diagnostic(
                    Code.YAML_TOO_LARGE,
                    locate(file, node.getStartMark()),
                    "",
                    "the document expands to more than " + limits.maxNodes() + " nodes",
                    "aliases that repeat aliases multiply; write the repeated parts out"));
        }
    }

    private ScalarNode convertScalar(org.yaml.snakeyaml.nodes.ScalarNode node, String path) {
        Location location = locate(file, node.getStartMark());
        String text = node.getValue();
        Optional<Yaml11Scalars.TypedValue> typed = Yaml11Scalars.type(node);
        if (typed.isEmpty()) {
            diagnostics.add(new Diagnostic(
                    Code.YAML_UNSUPPORTED,
                    location,
                    path,
                    "the tag " + node.getTag() + " is not supported",
                    "remove the tag: config.yml holds strings, numbers, booleans, lists and mappings"));
            return new ScalarNode(location, ScalarType.STRING, text, text);
        }
        return new ScalarNode(location, typed.get().type(), text, typed.get().value());
    }

    private ListNode convertSequence(SequenceNode node, String path) {
        checkCollectionTag(node, Tag.SEQ, path);
        List<SourceNode> items = new ArrayList<>();
        List<Node> values = node.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(convert(values.get(i), PathNames.index(path, i)));
        }
        return new ListNode(locate(file, node.getStartMark()), items);
    }

    private MapNode convertMapping(MappingNode node, String path) {
        checkCollectionTag(node, Tag.MAP, path);
        Map<String, MapEntry> explicit = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>(); // explicit keys as String, merge sources as List<MapEntry>
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                order.add(mergeSources(keyNode, tuple.getValueNode(), path));
                continue;
            }
            keyOf(keyNode, path).ifPresent(key -> {
                MapEntry previous = explicit.get(key.text());
                if (previous != null) {
                    reportDuplicate(key, previous, path);
                    return;
                }
                explicit.put(
                        key.text(),
                        new MapEntry(key, convert(tuple.getValueNode(), PathNames.child(path, key.text()))));
                order.add(key.text());
            });
        }
        return new MapNode(locate(file, node.getStartMark()), mergedEntries(explicit, order));
    }

    /** Explicit keys win over merged ones; among merge sources the first one wins (YAML 1.1). */
    private static List<MapEntry> mergedEntries(Map<String, MapEntry> explicit, List<Object> order) {
        Map<String, MapEntry> result = new LinkedHashMap<>();
        for (Object item : order) {
            if (item instanceof String key) {
                result.put(key, explicit.get(key));
                continue;
            }
            @SuppressWarnings("unchecked")
            List<MapEntry> merged = (List<MapEntry>) item;
            for (MapEntry entry : merged) {
                if (!explicit.containsKey(entry.name())) {
                    result.putIfAbsent(entry.name(), entry);
                }
            }
        }
        return List.copyOf(result.values());
    }

    /** The entries a {@code <<} key brings in; reported once, at the key, when it names no mappings. */
    private List<MapEntry> mergeSources(Node mergeKey, Node value, String path) {
        List<Node> sources = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        if (!sources.stream().allMatch(MappingNode.class::isInstance)) {
            diagnostics.add(new Diagnostic(
                    Code.YAML_UNSUPPORTED,
                    locate(file, mergeKey.getStartMark()),
                    path,
                    "'<<' here merges something other than a mapping",
                    "point '<<' at an anchored mapping, or at a list of them"));
            return List.of();
        }
        List<MapEntry> entries = new ArrayList<>();
        for (Node source : sources) {
            entries.addAll(((MapNode) convert(source, path)).entries());
        }
        return entries;
    }

    private Optional<ScalarNode> keyOf(Node keyNode, String path) {
        if (keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
            ScalarNode key = convertScalar(scalar, path);
            // PyYAML would make `1:` or `true:` an int or bool key; config.yml keys are names, so use the text.
            return Optional.of(new ScalarNode(key.location(), ScalarType.STRING, key.text(), key.text()));
        }
        diagnostics.add(new Diagnostic(
                Code.YAML_UNSUPPORTED,
                locate(file, keyNode.getStartMark()),
                path,
                "a mapping or a list cannot be a key",
                "keys of config.yml are plain names"));
        return Optional.empty();
    }

    private void reportDuplicate(ScalarNode key, MapEntry previous, String path) {
        diagnostics.add(new Diagnostic(
                Code.YAML_DUPLICATE_KEY,
                key.location(),
                PathNames.child(path, key.text()),
                "duplicate key '" + key.text() + "' (first defined at line "
                        + previous.key().location().line() + ")",
                "remove one of them: YAML keeps only the last one, silently hiding the first"));
    }

    private void checkCollectionTag(Node node, Tag expected, String path) {
        if (!node.getTag().equals(expected)) {
            diagnostics.add(new Diagnostic(
                    Code.YAML_UNSUPPORTED,
                    locate(file, node.getStartMark()),
                    path,
                    "the tag " + node.getTag() + " is not supported",
                    "remove the tag: config.yml holds strings, numbers, booleans, lists and mappings"));
        }
    }
}
