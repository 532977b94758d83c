package dev.shiva.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.runtime.internal.lifecycle.ServiceProcess;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.TestBlueprint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ShivaApplication#run} prints and which status it exits with, short of the exit. */
class ProcessExitTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return ServiceProcess.run(
                ProcessExitTest.class,
                args,
                TestBlueprint.of("orders", "app_name: orders"),
                environment::get,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        assertEquals(0, run(Map.of(), "--help"));
        String usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.startsWith("Usage: orders"), usage);
        assertTrue(usage.contains("--config=FILE"), usage);
        assertEquals("", err());
    }

    @Test
    void anUnknownOptionIsOneLineAndExitTwo() {
        assertEquals(2, run(Map.of(), "daemon", "run", "--bogus"));
        assertEquals("shiva: Unknown option: '--bogus' (usage: orders [daemon run] [--config FILE])\n", err());
    }

    @Test
    void aMissingDefaultConfigIsOneLineAndExitTwo() {
        assertEquals(2, run(Map.of("SHIVA_CONFIG", directory.resolve("nope.yml").toString())));
        assertEquals("shiva: config file " + directory.resolve("nope.yml") + " not found (from SHIVA_CONFIG)\n", err());
    }

    @Test
    void aFailedStartIsOneLineAndExitOneWithoutAStackTrace() {
        Path config = ConfigFiles.write(directory, "app_name: orders\nworkers: {x: 1}\n");
        assertEquals(1, run(Map.of("SHIVA_CONFIG", config.toString())));
        assertEquals(
                "shiva: " + config + " does not have the shape this service was generated from (added: workers.x);"
                        + " run 'shiva generate' and rebuild\n",
                err());
    }

    @Test
    void shivaStacktraceAddsTheStackTrace() {
        Path config = ConfigFiles.write(directory, "app_name: orders\nworkers: {x: 1}\n");
        assertEquals(1, run(Map.of("SHIVA_CONFIG", config.toString(), "SHIVA_STACKTRACE", "1")));
        assertTrue(err().lines().count() > 2, err());
        assertTrue(err().contains("dev.shiva.runtime.ServiceStartException"), err());
    }
}
