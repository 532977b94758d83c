package dev.shiva.core.load;

/** One key of a mapping with its value; the key keeps its own location for messages about it. */
public record MapEntry(ScalarNode key, SourceNode value) {

    public String name() {
        return key.text();
    }
}
