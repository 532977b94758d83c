package dev.shiva.templates;

import java.util.Objects;

/**
 * A template and the one view type that feeds it: {@link TemplateRenderer#render} only accepts
 * the matching view, so a pom view cannot be rendered with the Dockerfile template.
 *
 * @param resourceName the template's file name under {@code dev/shiva/templates/} on the classpath
 * @param outputPath where the rendered file goes, relative to the generated project's root
 * @param viewType the record type whose components the template reads
 */
public record Template<V extends Record>(String resourceName, String outputPath, Class<V> viewType) {
    public Template {
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(viewType, "viewType");
    }
}
