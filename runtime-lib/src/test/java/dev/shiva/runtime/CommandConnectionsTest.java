package dev.shiva.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.Application;
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

/**
 * User commands get their connections prepared (SEMANTICS §9), against the local Redis: opened once
 * the command line is parsed, a connection that cannot be made is the one-line failure of the
 * command, and {@code --help} opens nothing.
 */
class CommandConnectionsTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aCommandUsesAPreparedConnection() {
        assertEquals(0, run("redis://127.0.0.1:6379/3", "ping-cache"), err());
        assertEquals("PONG\n", out());
    }

    @Test
    void aConnectionThatCannotBeMadeIsTheCommandsOneLineFailure() {
        int status = run("redis://:Cmd-Secret-9@127.0.0.1:1/3", "ping-cache");

        assertEquals(1, status, err());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("shiva: connection 'cache' (redis 127.0.0.1:1/3): "), err());
        assertTrue(!err().contains("Cmd-Secret-9"), err());
        assertEquals("", out());
    }

    @Test
    void helpOpensNothing() {
        assertEquals(0, run("redis://127.0.0.1:1/3", "ping-cache", "--help"), err());
        assertTrue(out().contains("Pings the cache."), out());
    }

    private int run(String dsn, String... command) {
        String yaml = """
                app_name: cmdconn
                connections:
                  cache:
                    driver: redis
                    config: {dsn: '%s'}
                """.formatted(dsn);
        Path file = ConfigFiles.write(directory, yaml);
        String[] args = new String[command.length + 2];
        args[0] = "--config";
        args[1] = file.toString();
        System.arraycopy(command, 0, args, 2, command.length);
        return ServiceProcess.run(
                Application.class,
                args,
                TestBlueprint.of("cmdconn", yaml),
                Map.<String, String>of()::get,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
