package dev.shiva.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"seed-example.yml", "orders-service.yml"})
    void samplesAreValid(String name) {
        CliRun run = CliRun.of("validate", CliRun.sample(name).toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains("error["), run.out());
        assertTrue(run.out().strip().endsWith(expectedSummary(run.out())), run.out());
        assertEquals("", run.err());
    }

    @Test
    void seedExampleWarnsAboutTheIneffectiveMaxLength() {
        CliRun run = CliRun.of("validate", CliRun.sample("seed-example.yml").toString());

        assertTrue(
                run.out()
                        .contains(":69:19: warning[SHV-RMQ-001]: dispatchers.shiva_bench.config.exchanges.ESB"
                                + ".queues.shiva_benchmark.config.additional.max-length: 'max-length' has no effect"),
                run.out());
        assertTrue(run.out().contains("did you mean 'x-max-length'?"), run.out());
    }

    @Test
    void reportsEveryErrorWithItsLocationAndExitsOne() throws IOException {
        Path config = write("""
                app_name: demo
                dispatchers:
                  daemon_root_main:
                    name: daemon_root_main
                    dispatcher: daemon_root
                    enabled: true
                workers:
                  waiter_daemon:
                    worker: waiter_daemon
                    dispatcher: daemon_root_mian
                    enabled: true
                    coro: many
                """);

        CliRun run = CliRun.of("validate", config.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(
                run.out()
                        .contains(config + ":10:17: error[SHV-REF-003]: workers.waiter_daemon.dispatcher: "
                                + "unknown dispatcher 'daemon_root_mian'; did you mean 'daemon_root_main'?"),
                run.out());
        assertTrue(run.out().contains(config + ":12:11: error[SHV-SCH-003]: workers.waiter_daemon.coro: "), run.out());
        assertTrue(run.out().strip().endsWith(config + ": invalid: 2 errors"), run.out());
    }

    @Test
    void defaultsToConfigYmlInTheWorkingDirectory() {
        CliRun run = CliRun.of("validate", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("default: config.yml"), run.out());
    }

    @Test
    void missingFileIsALocatedErrorNotAStackTrace() {
        CliRun run = CliRun.of("validate", dir.resolve("absent.yml").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("absent.yml: error[SHV-IO-001]: no such file"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void jsonFormatCarriesTheSameDiagnostics() throws IOException {
        Path config = write("""
                app_name: demo
                common:
                  coro_nun: 2
                """);

        CliRun run = CliRun.of("validate", "--format", "json", config.toString());

        assertEquals(1, run.exitCode());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertFalse(report.get("valid").asBoolean());
        assertEquals(1, report.get("errors").asInt());
        JsonNode diagnostic = report.get("diagnostics").get(0);
        assertEquals("error", diagnostic.get("severity").asText());
        assertEquals("SHV-SCH-001", diagnostic.get("code").asText());
        assertEquals(3, diagnostic.get("line").asInt());
        assertEquals(3, diagnostic.get("column").asInt());
        assertEquals("common.coro_nun", diagnostic.get("path").asText());
        assertEquals("did you mean 'coro_num'?", diagnostic.get("hint").asText());
    }

    @Test
    void strictTurnsWarningsIntoFailure() {
        CliRun run = CliRun.of(
                "validate", "--strict", CliRun.sample("seed-example.yml").toString());

        assertEquals(1, run.exitCode());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun run = CliRun.of("validate", "--no-such-option");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("validate", "--format", "xml", "config.yml");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format"), run.err());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("config.yml"), text);
    }

    /** The summary a valid file's output must end with, counting the warning lines printed above it. */
    private static String expectedSummary(String out) {
        long count = out.lines().filter(l -> l.contains(": warning[")).count();
        return count == 0 ? ": valid" : ": valid (" + count + " warning" + (count == 1 ? "" : "s") + ")";
    }
}
