package dev.shiva.templates;

import java.util.List;
import java.util.Objects;

/**
 * What {@code pom.xml.mustache} needs to write a generated service's pom.
 *
 * @param basePackage the service's Java package; names the Micronaut AOT package
 * @param javaRelease the {@code --release} of the service (17)
 * @param mainClass fully qualified class with {@code main}, for {@code exec.mainClass}
 * @param postgres a {@code postgres} connection exists: Micronaut Data R2DBC, the R2DBC pool and
 *     PostgreSQL driver, and the Micronaut Data processor (so that users can write repositories)
 * @param redis a {@code redis} connection exists: Micronaut Redis (Lettuce)
 * @param mongodb a {@code mongodb} connection exists: Micronaut MongoDB (reactive)
 * @param s3 an {@code s3} connection exists: the AWS SDK's S3 client
 * @param extraDependencies further dependencies, in this order. An {@code rmq} connection needs
 *     none: the runtime brings the AMQP client it uses.
 */
public record PomView(
        String groupId,
        String artifactId,
        String version,
        String name,
        String description,
        String basePackage,
        int javaRelease,
        String mainClass,
        PomVersions versions,
        boolean postgres,
        boolean redis,
        boolean mongodb,
        boolean s3,
        List<MavenDependency> extraDependencies) {

    public PomView {
        ViewChecks.key("groupId", groupId);
        ViewChecks.key("artifactId", artifactId);
        ViewChecks.key("version", version);
        ViewChecks.xmlText("name", name);
        ViewChecks.xmlText("description", description);
        ViewChecks.key("basePackage", basePackage);
        ViewChecks.key("mainClass", mainClass);
        if (javaRelease < 17) {
            throw new IllegalArgumentException("javaRelease must be 17 or later (Micronaut 4): " + javaRelease);
        }
        Objects.requireNonNull(versions, "versions");
        extraDependencies = ViewChecks.list("extraDependencies", extraDependencies);
    }
}
