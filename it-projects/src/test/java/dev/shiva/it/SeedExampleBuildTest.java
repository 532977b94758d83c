package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A config.yml alone is enough: {@code shiva generate} in a directory that holds nothing else makes a
 * project that {@code mvn package} builds, its worker test stubs included. The seed's own example, and
 * orders-service, which has RabbitMQ workers and every connection driver (built, not run: running it
 * needs those servers).
 */
class SeedExampleBuildTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-example.yml", "orders-service.yml"})
    void generatesABuildableProjectFromAConfigYmlAlone(String sample, @TempDir Path project) throws Exception {
        Files.copy(ShivaProcess.samples().resolve(sample), project.resolve("config.yml"));

        ShivaProcess generate = ShivaProcess.run(project, "generate", "--dir", project.toString());

        assertEquals(0, generate.exitCode(), generate.out() + generate.err());
        MavenBuild.assertPackages(project);
    }
}
