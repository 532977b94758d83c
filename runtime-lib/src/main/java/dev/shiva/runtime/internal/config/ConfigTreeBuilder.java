package dev.shiva.runtime.internal.config;

import dev.shiva.runtime.ConfigNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns config.yml as written into the {@link ConfigNode} tree that generated code binds from,
 * replacing placeholders on the way. A plain (unquoted) scalar that is exactly one placeholder is
 * typed again after the replacement, as if the value had been written in its place: this is what
 * Python Shiva's Mako rendering did, so {@code port: ${PORT:8085}} is the integer 8085 while
 * {@code port: '${PORT:8085}'} stays the text "8085".
 */
public final class ConfigTreeBuilder {

    private final String file;
    private final Placeholders placeholders;

    private ConfigTreeBuilder(String file, Function<String, String> environment) {
        this.file = file;
        this.placeholders = new Placeholders(environment);
    }

    /** The tree of {@code root}, a file named {@code file}, with placeholders read from {@code environment}. */
    public static ConfigNode build(YamlNode.Mapping root, String file, Function<String, String> environment) {
        return new ConfigTreeBuilder(file, environment).convert(root, "");
    }

    private ConfigNode convert(YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping mapping) {
            Map<String, ConfigNode> entries = new LinkedHashMap<>();
            mapping.entries().forEach((key, child) -> entries.put(key, convert(child, ConfigPaths.child(path, key))));
            return ConfigNode.mapping(file, path, node.line(), node.column(), entries);
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<ConfigNode> items = new ArrayList<>();
            for (int i = 0; i < sequence.items().size(); i++) {
                items.add(convert(sequence.items().get(i), ConfigPaths.index(path, i)));
            }
            return ConfigNode.list(file, path, node.line(), node.column(), items);
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        return ConfigNode.scalar(file, path, node.line(), node.column(), value(scalar, path));
    }

    private Object value(YamlNode.Scalar scalar, String path) {
        try {
            if (!scalar.tag().equals(Tag.STR) || !Placeholders.contains(scalar.text())) {
                return Yaml11Scalars.type(scalar.tag(), scalar.text());
            }
            String replaced = placeholders.substitute(scalar.text());
            if (scalar.plain() && Placeholders.isSinglePlaceholder(scalar.text()) && !replaced.isEmpty()) {
                // An empty replacement stays "", not YAML's null: a placeholder never makes a key vanish.
                return Yaml11Scalars.type(Yaml11Scalars.resolvePlain(replaced), replaced);
            }
            return replaced;
        } catch (Placeholders.Unresolvable | Yaml11Scalars.Untypable e) {
            throw ConfigErrors.at(file, scalar.line(), scalar.column(), path, e.getMessage());
        }
    }
}
