package dev.shiva.runtime.internal.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * config.yml as written, before placeholders are replaced: what the shape check reads, and what
 * {@link ConfigTreeBuilder} turns into {@link dev.shiva.runtime.ConfigNode}s. Aliases are expanded
 * and {@code <<} merges applied; lines and columns are 1-based.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    int line();

    int column();

    /** A mapping, keys in the order written. */
    record Mapping(int line, int column, Map<String, YamlNode> entries) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<YamlNode> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }
    }

    record Sequence(int line, int column, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /**
     * A scalar: its text exactly as written (without quotes), the YAML 1.1 tag it resolved to, and
     * whether it was written plain (unquoted), which decides whether a placeholder re-types it.
     */
    record Scalar(int line, int column, String text, Tag tag, boolean plain) implements YamlNode {}
}
