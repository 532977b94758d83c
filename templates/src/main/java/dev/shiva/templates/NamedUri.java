package dev.shiva.templates;

/**
 * One connection of config.yml as Micronaut configures it.
 *
 * @param name the connection's key in config.yml; becomes the Micronaut server/datasource name
 * @param uri the address as Micronaut wants it; may hold {@code ${NAME:default}} placeholders
 */
public record NamedUri(String name, String uri) {
    public NamedUri {
        ViewChecks.key("name", name);
        ViewChecks.yamlQuoted("uri", uri);
    }
}
