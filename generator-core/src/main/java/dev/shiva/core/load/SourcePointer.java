package dev.shiva.core.load;

import dev.shiva.core.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * Finds nodes of a source tree by path segments (map keys as String, list indexes as Integer), and
 * the place to point at for them: a mapping value's key, so that "unknown key" and "missing key"
 * messages land on the name the user wrote.
 */
public final class SourcePointer {

    private SourcePointer() {}

    public static Optional<SourceNode> find(SourceNode root, List<Object> segments) {
        SourceNode current = root;
        for (Object segment : segments) {
            Optional<SourceNode> next = step(current, segment);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** Where the node at {@code segments} is named: its key in the parent mapping, else the node. */
    public static Location keyLocation(SourceNode root, List<Object> segments) {
        if (segments.isEmpty()) {
            return root.location();
        }
        Object last = segments.get(segments.size() - 1);
        Optional<SourceNode> parent = find(root, segments.subList(0, segments.size() - 1));
        if (parent.isPresent() && parent.get() instanceof MapNode map && last instanceof String key) {
            Optional<MapEntry> entry = map.entry(key);
            if (entry.isPresent()) {
                return entry.get().key().location();
            }
        }
        return valueLocation(root, segments);
    }

    /** Where the value at {@code segments} starts; the nearest existing ancestor when it is absent. */
    public static Location valueLocation(SourceNode root, List<Object> segments) {
        for (int end = segments.size(); end >= 0; end--) {
            Optional<SourceNode> node = find(root, segments.subList(0, end));
            if (node.isPresent()) {
                return node.get().location();
            }
        }
        return root.location();
    }

    /** Dotted form for messages: {@code workers.w.routes[1]}. */
    public static String dotted(List<Object> segments) {
        String path = "";
        for (Object segment : segments) {
            path = segment instanceof Integer index
                    ? PathNames.index(path, index)
                    : PathNames.child(path, (String) segment);
        }
        return path;
    }

    private static Optional<SourceNode> step(SourceNode node, Object segment) {
        if (node instanceof MapNode map && segment instanceof String key) {
            return map.get(key);
        }
        if (node instanceof ListNode list
                && segment instanceof Integer index
                && index < list.items().size()) {
            return Optional.of(list.items().get(index));
        }
        return Optional.empty();
    }
}
