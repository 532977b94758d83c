package dev.shiva.core.load;

import dev.shiva.core.diag.Location;

/**
 * A node of a config file as written: a mapping, a list or a scalar, each with the place it starts
 * at. The tree mirrors the YAML (aliases expanded, merges applied) and is immutable.
 */
public sealed interface SourceNode permits MapNode, ListNode, ScalarNode {

    Location location();

    /** A short word for messages: "a mapping", "a list", "a string", ... */
    String kindName();
}
