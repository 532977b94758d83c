package dev.shiva.core.resolve;

import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.MapEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.PathNames;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The shape of a config.yml: what, once changed, needs {@code shiva generate}. The generated
 * service carries it and its runtime computes the same list from the file it is started with (see
 * docs/runtime.md, which defines it); a difference stops the service with a clear message instead
 * of running code that does not match its config.
 *
 * <p>Over the sections connections, dispatchers and workers only: every mapping key's dotted path
 * (list items add {@code []}), plus {@code path=value} for the structural scalars and list items
 * that names, types, routes, dependencies and bindings are made of.
 */
public final class ShapeFingerprint {

    private static final List<String> SECTIONS = List.of("connections", "dispatchers", "workers");
    private static final Pattern STRUCTURAL_SCALAR = Pattern.compile("connections\\.[^.]+\\.driver"
            + "|dispatchers\\.[^.]+\\.(dispatcher|name|proto|connection)"
            + "|workers\\.[^.]+\\.(worker|name|dispatcher)");
    private static final Pattern STRUCTURAL_ITEM = Pattern.compile("workers\\.[^.]+\\.routes\\[]"
            + "|workers\\.[^.]+\\.depends\\.[^.]+\\[]"
            + "|dispatchers\\.[^.]+\\.config\\.exchanges\\..+\\.queues\\..+\\.bindings\\[]");

    private ShapeFingerprint() {}

    public static List<String> of(SourceConfig config) {
        Set<String> shape = new TreeSet<>();
        for (String section : SECTIONS) {
            config.map(section).ifPresent(map -> visitMap(map, section, shape));
        }
        return List.copyOf(shape);
    }

    private static void visit(SourceNode node, String path, Set<String> shape) {
        if (node instanceof MapNode map) {
            visitMap(map, path, shape);
        } else if (node instanceof ListNode list) {
            for (SourceNode item : list.items()) {
                visit(item, path + "[]", shape);
            }
        } else if (node instanceof ScalarNode scalar && isStructural(path)) {
            shape.add(path + "=" + scalar.text());
        }
    }

    private static void visitMap(MapNode map, String path, Set<String> shape) {
        for (MapEntry entry : map.entries()) {
            String child = PathNames.child(path, entry.name());
            shape.add(child);
            visit(entry.value(), child, shape);
        }
    }

    private static boolean isStructural(String path) {
        return STRUCTURAL_SCALAR.matcher(path).matches()
                || STRUCTURAL_ITEM.matcher(path).matches();
    }
}
