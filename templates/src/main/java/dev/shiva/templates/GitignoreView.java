package dev.shiva.templates;

/**
 * What {@code gitignore.mustache} needs: nothing varies today. The record exists so that every
 * template has exactly one view type, and a later variable part has a typed place to go.
 */
public record GitignoreView() {}
