package dev.shiva.core.resolve;

import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.MapEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes a source subtree back as block-style YAML with the values as the user wrote them. */
final class YamlSnippets {

    private YamlSnippets() {}

    static String dump(SourceNode node) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(options).dump(plain(node));
    }

    private static Object plain(SourceNode node) {
        if (node instanceof MapNode map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            for (MapEntry entry : map.entries()) {
                plain.put(entry.name(), plain(entry.value()));
            }
            return plain;
        }
        if (node instanceof ListNode list) {
            List<Object> plain = new ArrayList<>();
            list.items().forEach(item -> plain.add(plain(item)));
            return plain;
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.type()) {
            case STRING -> scalar.text();
            case NULL -> null;
            default ->
                scalar.value() instanceof java.math.BigInteger big && big.bitLength() < 64
                        ? big.longValue()
                        : scalar.value();
        };
    }
}
