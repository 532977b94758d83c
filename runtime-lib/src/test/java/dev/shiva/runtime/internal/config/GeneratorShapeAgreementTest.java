package dev.shiva.runtime.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator computes the shape on its own (generator-core's ShapeFingerprint) and writes it to
 * the generated shape.txt; a service starts only when the runtime computes the same list. This test
 * holds the two implementations to each other on the samples whose generated trees are kept as
 * golden files. It is skipped when run outside the repository.
 */
class GeneratorShapeAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-example", "orders-service"})
    void theRuntimeComputesTheShapeTheGeneratorWrote(String sample) throws IOException {
        String samples = System.getProperty("shiva.samples.dir");
        assumeTrue(samples != null, "shiva.samples.dir is not set");
        Path config = Path.of(samples, sample + ".yml");
        Path shape = Path.of(samples)
                .getParent()
                .getParent()
                .resolve("generator-core/src/test/resources/golden")
                .resolve(sample)
                .resolve("src/generated/resources/com/example/sample/generated/shape.txt");
        assumeTrue(Files.isRegularFile(config) && Files.isRegularFile(shape), "no golden shape for " + sample);

        List<String> generated = Files.readAllLines(shape);
        assertEquals(generated, ConfigShape.of(YamlReader.read(config, sample + ".yml")));
    }
}
