package dev.shiva.templates;

/**
 * What {@code Dockerfile.mustache} needs.
 *
 * @param artifactId with {@code version}, names the jar under {@code target/}
 * @param javaRelease the Java feature release of the runtime image
 * @param port the port to {@code EXPOSE} (the default of the service's HTTP port)
 * @param configFile the config.yml copied into the image, relative to the project root
 */
public record DockerfileView(String artifactId, String version, int javaRelease, int port, String configFile) {
    public DockerfileView {
        ViewChecks.key("artifactId", artifactId);
        ViewChecks.key("version", version);
        if (javaRelease < 17) {
            throw new IllegalArgumentException("javaRelease must be 17 or later: " + javaRelease);
        }
        ViewChecks.port("port", port);
        ViewChecks.key("configFile", configFile);
    }
}
