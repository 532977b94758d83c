package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The packaged CLI, run as a process: what a user gets from {@code ./shiva validate}. */
class ValidateSamplesTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(ShivaProcess.samples())) {
            List<Path> configs =
                    files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
            return configs.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsValid(Path sample) throws Exception {
        ShivaProcess run = ShivaProcess.run(
                sample.getParent(), "validate", sample.getFileName().toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(sample.getFileName() + ": valid"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void validatesConfigYmlInTheWorkingDirectoryByDefault(@TempDir Path dir) throws Exception {
        Files.copy(ShivaProcess.samples().resolve("seed-example.yml"), dir.resolve("config.yml"));

        ShivaProcess run = ShivaProcess.run(dir, "validate");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("config.yml:69:19: warning[SHV-RMQ-001]"), run.out());
    }

    @Test
    void brokenConfigExitsOneWithLocatedErrorsAndNoStackTrace(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("config.yml"), "app_name: demo\nworkers:\n  w:\n    worker: w\n    dispatcher: [\n");

        ShivaProcess run = ShivaProcess.run(dir, "validate");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)config\\.yml:\\d+:\\d+: error\\[SHV-YAML-001]: invalid YAML: .*"), run.out());
        assertEquals("", run.err());
    }
}
