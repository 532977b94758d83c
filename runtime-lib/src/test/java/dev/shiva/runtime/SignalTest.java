package dev.shiva.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.SignalledMain;
import dev.shiva.runtime.support.ConfigFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A real process: SIGTERM stops it gracefully and it exits 0. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SignalTest {

    @TempDir
    Path directory;

    private Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    @AfterEach
    void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private void startService(Map<String, String> environment) throws IOException {
        Path config = ConfigFiles.write(directory, SignalledMain.config());
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SignalledMain.class.getName(),
                        "daemon",
                        "run",
                        "--config",
                        config.toString())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("read failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    @Test
    void sigtermStopsTheServiceGracefullyAndExitsZero() throws Exception {
        startService(Map.of());
        awaitLines(List.of("LOOP STARTED printer-0", "LOOP STARTED printer-1"));

        process.toHandle().destroy(); // SIGTERM on Linux and macOS

        assertTrue(process.waitFor(15, TimeUnit.SECONDS), "the process ends: " + output);
        assertEquals(0, process.exitValue(), text());
        assertEquals(1, output.stream().filter("STOP CALLED printer-0"::equals).count(), text());
        assertEquals(1, output.stream().filter("STOP CALLED printer-1"::equals).count(), text());
        assertTrue(output.stream().anyMatch(line -> line.contains("SIGTERM received: stopping gracefully")), text());
    }

    @Test
    void aSigtermDuringTheStartStopsTheServiceOnceItHasStarted() throws Exception {
        startService(Map.of("SLOW_PREPARE", "1"));
        awaitLines(List.of("PREPARING printer"));

        process.toHandle().destroy();

        assertTrue(process.waitFor(15, TimeUnit.SECONDS), "the process ends: " + output);
        assertEquals(0, process.exitValue(), text());
        assertEquals(1, output.stream().filter("STOP CALLED printer-0"::equals).count(), text());
    }

    @Test
    void aSecondSigtermExitsAtOnce() throws Exception {
        startService(Map.of("SLOW_STOP", "1"));
        awaitLines(List.of("LOOP STARTED printer-0", "LOOP STARTED printer-1"));
        process.toHandle().destroy();
        awaitLines(List.of("SLOW STOP printer"));

        process.toHandle().destroy();

        assertTrue(process.waitFor(5, TimeUnit.SECONDS), "the second signal ends the process: " + output);
        assertEquals(143, process.exitValue(), text());
        assertFalse(output.contains("STOP CALLED printer-0"), text());
    }

    private String text() {
        return String.join("\n", output);
    }

    private void awaitLines(List<String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!output.containsAll(expected)) {
            if (System.nanoTime() > deadline || !process.isAlive() && !output.containsAll(expected)) {
                Thread.sleep(200);
                throw new AssertionError("no " + expected + " in:\n" + text());
            }
            Thread.sleep(50);
        }
    }
}
