package dev.shiva.runtime.internal.config;

import dev.shiva.runtime.ConfigException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads config.yml the way Python Shiva's loader (PyYAML) does: YAML 1.1, so {@code yes} and
 * {@code on} are booleans. Unlike PyYAML it refuses duplicate keys, which would silently hide the
 * first value, and it bounds size, nesting and alias expansion so that a broken or hostile file ends
 * in a message rather than an OutOfMemoryError.
 */
public final class YamlReader {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_NODES = 200_000;
    static final int MAX_ALIASES = 200;
    static final int MAX_DEPTH = 64;

    private final String file;
    private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
    private int nodes;

    private YamlReader(String file) {
        this.file = file;
    }

    /** Reads {@code path}, naming it {@code displayName} in every message. */
    public static YamlNode.Mapping read(Path path, String displayName) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new ConfigException(displayName + ": the file is larger than " + MAX_BYTES + " bytes");
            }
            return parse(decode(Files.readAllBytes(path), displayName), displayName);
        } catch (IOException e) {
            throw new ConfigException(displayName + ": cannot read the file: " + e.getMessage());
        }
    }

    /** Parses {@code text} as the content of a file named {@code displayName}. */
    public static YamlNode.Mapping parse(String text, String displayName) {
        return new YamlReader(displayName).parseDocument(text);
    }

    private YamlNode.Mapping parseDocument(String text) {
        try {
            Iterator<Node> documents =
                    newYaml().composeAll(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                throw new ConfigException(file + ": the file is empty; a config.yml is a mapping of sections");
            }
            Node root = documents.next();
            if (documents.hasNext()) {
                Node second = documents.next();
                throw located(
                        second.getStartMark(),
                        "",
                        "this is a second YAML document; a config.yml is one document (remove the '---' before it)");
            }
            YamlNode tree = convert(root, "", 0);
            if (tree instanceof YamlNode.Mapping mapping) {
                return mapping;
            }
            throw located(
                    root.getStartMark(), "", "the file must be a mapping of sections (app_name, common, workers, ...)");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "invalid YAML" : "invalid YAML: " + e.getProblem();
            throw mark == null ? new ConfigException(file + ": " + problem) : located(mark, "", problem);
        } catch (YAMLException e) {
            throw new ConfigException(file + ": invalid YAML: " + e.getMessage());
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    }

    private YamlNode convert(Node node, String path, int depth) {
        if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
            throw located(
                    node.getStartMark(), path, "the document expands to too many nodes (aliases repeating aliases?)");
        }
        if (onPath.put(node, Boolean.TRUE) != null) {
            throw located(node.getStartMark(), path, "an alias refers to a node that contains it");
        }
        try {
            if (node instanceof MappingNode mapping) {
                return mapping(mapping, path, depth);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlNode> items = new ArrayList<>();
                List<Node> values = sequence.getValue();
                for (int i = 0; i < values.size(); i++) {
                    items.add(convert(values.get(i), ConfigPaths.index(path, i), depth + 1));
                }
                return new YamlNode.Sequence(line(node), column(node), items);
            }
            ScalarNode scalar = (ScalarNode) node;
            return new YamlNode.Scalar(line(node), column(node), scalar.getValue(), scalar.getTag(), scalar.isPlain());
        } finally {
            onPath.remove(node);
        }
    }

    /** Explicit keys win over merged ones; among {@code <<} sources the first one wins (YAML 1.1). */
    private YamlNode.Mapping mapping(MappingNode node, String path, int depth) {
        Map<String, YamlNode> explicit = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        Map<String, YamlNode> merged = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                for (Map.Entry<String, YamlNode> entry : mergeSources(keyNode, tuple.getValueNode(), path, depth)) {
                    if (merged.putIfAbsent(entry.getKey(), entry.getValue()) == null) {
                        order.add(entry.getKey());
                    }
                }
                continue;
            }
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw located(keyNode.getStartMark(), path, "a mapping or a list cannot be a key");
            }
            String key = keyScalar.getValue();
            String childPath = ConfigPaths.child(path, key);
            if (explicit.containsKey(key)) {
                throw located(
                        keyNode.getStartMark(),
                        childPath,
                        "duplicate key '" + key + "' (first defined at line " + keyLines.get(key) + ")");
            }
            keyLines.put(key, line(keyNode));
            explicit.put(key, convert(tuple.getValueNode(), childPath, depth + 1));
            order.add(key);
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (String key : order) {
            entries.putIfAbsent(key, explicit.containsKey(key) ? explicit.get(key) : merged.get(key));
        }
        return new YamlNode.Mapping(line(node), column(node), entries);
    }

    private List<Map.Entry<String, YamlNode>> mergeSources(Node mergeKey, Node value, String path, int depth) {
        List<Node> sources = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        List<Map.Entry<String, YamlNode>> entries = new ArrayList<>();
        for (Node source : sources) {
            if (!(source instanceof MappingNode)) {
                throw located(mergeKey.getStartMark(), path, "'<<' merges something other than a mapping");
            }
            entries.addAll(
                    ((YamlNode.Mapping) convert(source, path, depth)).entries().entrySet());
        }
        return entries;
    }

    private ConfigException located(Mark mark, String path, String message) {
        return ConfigErrors.at(file, mark.getLine() + 1, mark.getColumn() + 1, path, message);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    private static String decode(byte[] bytes, String displayName) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(displayName + ": the file is not UTF-8 text");
        }
    }
}
