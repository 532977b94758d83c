package dev.shiva.templates;

import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Rendered YAML, parsed with SnakeYAML (duplicate keys refused) and walked by key path. */
final class YamlTree {
    private final Map<String, Object> root;

    private YamlTree(Map<String, Object> root) {
        this.root = root;
    }

    static YamlTree parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Map<String, Object> root = new Yaml(options).load(text);
        return new YamlTree(root == null ? Map.of() : root);
    }

    Map<String, Object> root() {
        return root;
    }

    /** The value at a path of keys, or an assertion failure naming where the path ends. */
    Object at(String... keys) {
        Object node = root;
        StringBuilder walked = new StringBuilder();
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("no '" + key + "' under '" + walked + "' in " + root);
            }
            node = map.get(key);
            walked.append(walked.length() == 0 ? "" : ".").append(key);
        }
        return node;
    }

    boolean has(String... keys) {
        Object node = root;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return false;
            }
            node = map.get(key);
        }
        return true;
    }

    Map<?, ?> map(String... keys) {
        return (Map<?, ?>) at(keys);
    }
}
