package dev.shiva.core.load;

import dev.shiva.core.diag.Location;
import java.util.List;

/** A YAML sequence. */
public record ListNode(Location location, List<SourceNode> items) implements SourceNode {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public String kindName() {
        return "a list";
    }
}
