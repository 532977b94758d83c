package dev.shiva.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ShivaCommandTest {

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("(?s)shiva \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*"), run.out());
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("validate"), run.out());
        assertTrue(run.out().contains("schema"), run.out());
    }

    @Test
    void noCommandPrintsUsage() {
        CliRun run = CliRun.of();

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: shiva"), run.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("generat");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("generat"), run.err());
    }

    @Test
    void schemaCommandPrintsTheDraft202012Schema() throws IOException {
        CliRun run = CliRun.of("schema");

        assertEquals(0, run.exitCode());
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                schema.get("$schema").asText());
        assertTrue(schema.get("properties").has("workers"));
    }
}
