package dev.shiva.core.load;

/**
 * A loaded config file: the name it is reported under (as the user gave it), its text and its
 * root node.
 */
public record SourceDocument(String file, String text, SourceNode root) {}
