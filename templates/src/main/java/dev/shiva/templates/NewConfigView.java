package dev.shiva.templates;

/**
 * What {@code config.yml.mustache} needs: the starter config.yml of {@code shiva new NAME}.
 *
 * @param appName the service's {@code app_name}
 * @param schemaPath the JSON Schema editors validate the file against, a path or URL
 * @param defaultPort the HTTP port used when the {@code PORT} variable is not set
 */
public record NewConfigView(String appName, String schemaPath, int defaultPort) {
    public NewConfigView {
        ViewChecks.key("appName", appName);
        ViewChecks.text("schemaPath", schemaPath);
        ViewChecks.port("defaultPort", defaultPort);
    }
}
