package dev.shiva.core.load;

import java.util.ArrayDeque;
import java.util.Deque;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Follows the dotted path of the node an event stream is at ({@code workers.w.routes[0]}), so that
 * problems found in the flat event pass are reported with the same paths as the rest.
 */
final class EventPath {

    private final Deque<Frame> frames = new ArrayDeque<>();
    private String current = "";

    /** Feeds the next event; afterwards {@link #current()} is the path of the node it starts. */
    void accept(Event event) {
        if (event instanceof CollectionEndEvent) {
            if (!frames.pop().isKey) {
                advance(); // a collection used as a key is followed by its value, not by the next key
            }
            return;
        }
        if (!(event instanceof NodeEvent)) {
            return;
        }
        Frame parent = frames.peek();
        if (parent != null && parent.mapping && parent.expectingKey) {
            parent.key = event instanceof ScalarEvent scalar ? scalar.getValue() : "?";
            parent.expectingKey = false;
            if (event instanceof CollectionStartEvent) {
                frames.push(new Frame(event instanceof MappingStartEvent, current, true));
            }
            return;
        }
        current = parent == null ? "" : parent.childPath();
        if (event instanceof CollectionStartEvent) {
            frames.push(new Frame(event instanceof MappingStartEvent, current, false));
        } else {
            advance();
        }
    }

    String current() {
        return current;
    }

    private void advance() {
        Frame parent = frames.peek();
        if (parent == null) {
            return;
        }
        if (parent.mapping) {
            parent.expectingKey = true;
        } else {
            parent.index++;
        }
    }

    private static final class Frame {
        private final boolean mapping;
        private final String path;
        private final boolean isKey;
        private boolean expectingKey = true;
        private String key = "";
        private int index;

        Frame(boolean mapping, String path, boolean isKey) {
            this.mapping = mapping;
            this.path = path;
            this.isKey = isKey;
        }

        String childPath() {
            return mapping ? PathNames.child(path, key) : PathNames.index(path, index);
        }
    }
}
