package dev.shiva.runtime.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The shape of config.yml: what the generated code depends on, as a sorted list of unique strings.
 * The generator computes the same list independently and stores it with the generated {@code
 * ServiceDefinition}; docs/runtime.md defines it, and both sides must follow that definition.
 *
 * <p>Only the sections {@code connections}, {@code dispatchers} and {@code workers} have a shape; the
 * others hold values. Inside them, (a) every mapping key contributes its dotted path, list items
 * adding {@code []} to the paths below them; (b) the structural scalars, whose text decides which
 * classes, routes and bindings exist, contribute {@code path=text}, the text exactly as written.
 */
public final class ConfigShape {

    static final List<String> SECTIONS = List.of("connections", "dispatchers", "workers");

    /** (b): the paths of structural scalars; {@code [^.]+} is one entry key of a section. */
    static final Pattern STRUCTURAL = Pattern.compile("connections\\.[^.]+\\.driver"
            + "|dispatchers\\.[^.]+\\.(dispatcher|name|proto|connection)"
            + "|workers\\.[^.]+\\.(worker|name|dispatcher)"
            + "|workers\\.[^.]+\\.routes\\[]"
            + "|workers\\.[^.]+\\.depends\\.[^.]+\\[]"
            + "|dispatchers\\.[^.]+\\.config\\.exchanges\\..+\\.queues\\..+\\.bindings\\[]");

    private final Set<String> entries = new TreeSet<>();

    private ConfigShape() {}

    public static List<String> of(YamlNode.Mapping root) {
        ConfigShape shape = new ConfigShape();
        for (String section : SECTIONS) {
            if (root.entries().get(section) instanceof YamlNode.Mapping mapping) {
                shape.mapping(mapping, section);
            }
        }
        return List.copyOf(shape.entries);
    }

    private void mapping(YamlNode.Mapping mapping, String path) {
        mapping.entries().forEach((key, child) -> {
            String childPath = path + "." + key;
            entries.add(childPath);
            node(child, childPath);
        });
    }

    private void node(YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping mapping) {
            mapping(mapping, path);
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                node(item, path + "[]");
            }
        } else if (node instanceof YamlNode.Scalar scalar
                && STRUCTURAL.matcher(path).matches()) {
            entries.add(path + "=" + scalar.text());
        }
    }

    /** The differences between the shape a service was generated from and the file's, for the message. */
    public record Difference(List<String> added, List<String> removed) {

        public static Difference between(List<String> generated, List<String> actual) {
            Set<String> expected = new TreeSet<>(generated);
            Set<String> found = new TreeSet<>(actual);
            List<String> added = new ArrayList<>(found);
            added.removeAll(expected);
            List<String> removed = new ArrayList<>(expected);
            removed.removeAll(found);
            return new Difference(List.copyOf(added), List.copyOf(removed));
        }

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }
}
