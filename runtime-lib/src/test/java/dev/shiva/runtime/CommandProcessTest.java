package dev.shiva.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.commands.CommandMain;
import dev.shiva.runtime.support.ConfigFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real process runs a user command through {@link ShivaApplication#run} and exits with its value. */
class CommandProcessTest {

    @TempDir
    Path directory;

    private Process process;

    @AfterEach
    void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void theProcessExitsWithTheCommandsReturnValue() throws IOException, InterruptedException {
        Path config = ConfigFiles.write(directory, CommandMain.config());
        Path stdout = directory.resolve("stdout.txt");
        Path stderr = directory.resolve("stderr.txt");
        process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommandMain.class.getName(),
                        "--config",
                        config.toString(),
                        "greet",
                        "--name",
                        "Ada",
                        "--exit",
                        "7")
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends");
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(7, process.exitValue(), out + err);
        List<String> lines = out.lines().toList();
        assertTrue(lines.contains("Hello, Ada, from commands"), out);
        assertEquals("", err);
    }
}
