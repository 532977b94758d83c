package dev.shiva.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.Application;
import com.example.orders.ServiceDefinition;
import dev.shiva.runtime.internal.lifecycle.ServiceProcess;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.Events;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User commands of the service jar, in process: the orders service (a web, a daemon and a metrics
 * dispatcher, all enabled in its config.yml) runs the commands of com.example.commands.
 */
class ServiceCommandTest {

    @TempDir
    Path directory;

    private Path config;
    private final Map<String, String> environment = new HashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        Events.reset();
        config = ConfigFiles.write(directory, ConfigFiles.resource("orders/config.yml"));
    }

    private int run(String... args) {
        return ServiceProcess.run(
                Application.class,
                args,
                new ServiceDefinition(),
                environment::get,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCommandGetsItsOptionsAndTheBeansOfTheServiceAndTheContextIsClosedAfterwards() {
        assertEquals(0, run("greet", "--name", "Ada", "--config", config.toString()), err());
        assertEquals("Hello, Ada, from orders\n", out());
        assertEquals("", err());
        // No worker of config.yml was created, let alone prepared; the injected bean was closed.
        assertEquals(List.of("greeter created", "greeter closed"), Events.all());
    }

    @Test
    void theExitStatusIsTheCommandsReturnValue() {
        assertEquals(7, run("--config", config.toString(), "greet", "--exit", "7"), err());
        assertEquals("Hello, world, from orders\n", out());
    }

    @Test
    void nothingButTheContextRunsWhileACommandRuns() throws IOException {
        int port = freePort();
        environment.put("ORDERS_PORT", Integer.toString(port));
        environment.put("SHIVA_CONFIG", config.toString());
        assertEquals(0, run("probe", "--port", Integer.toString(port)), err());
        assertEquals("phase STARTING\nhealth controller false\nserver.port " + port + "\nport free true\n", out());
    }

    @Test
    void configAfterTheCommandNameWinsOverTheOneBefore() {
        String missing = directory.resolve("missing.yml").toString();
        assertEquals(0, run("--config", missing, "greet", "--config=" + config), err());
        assertEquals(2, run("--config", config.toString(), "greet", "--config", missing));
        assertEquals("shiva: config file " + missing + " not found (from --config)\n", err());
    }

    @Test
    void configIsCheckedExactlyAsForDaemonRun() {
        Path wrong = ConfigFiles.write(directory, ConfigFiles.resource("orders/config.yml") + "  extra: {}\n");
        assertEquals(1, run("greet", "--config", wrong.toString()));
        assertEquals(
                "shiva: " + wrong + " does not have the shape this service was generated from (added: workers.extra);"
                        + " run 'shiva generate' and rebuild\n",
                err());
        assertEquals("", out());
        assertEquals(List.of(), Events.all());
    }

    @Test
    void anUnknownCommandIsPicocliMessageAndTheListOfCommandsAndExitTwo() {
        assertEquals(2, run("--config", config.toString(), "serve"));
        String[] lines = err().split("\n");
        assertEquals("shiva: Unmatched argument at index 2: 'serve'", lines[0]);
        assertEquals("Commands:", lines[1]);
        assertTrue(lines[2].matches("  daemon run +Starts every enabled dispatcher.*"), err());
        assertTrue(err().contains("\n  greet       Greets someone.\n"), err());
        assertTrue(err().contains("\n  fail        Fails.\n"), err());
        assertTrue(err().contains("\n  probe       Reports what runs around a command.\n"), err());
        assertEquals("", out());
    }

    @Test
    void aNameCloseToACommandGetsPicocliSuggestion() {
        assertEquals(2, run("gret", "--config", config.toString()));
        assertTrue(
                err().startsWith("shiva: Unmatched argument at index 0: 'gret'\nDid you mean: orders greet?\n"), err());
    }

    @Test
    void aFailingCommandIsOneLineAndExitOne() {
        assertEquals(1, run("fail", "--config", config.toString()));
        assertEquals(
                "shiva: command 'fail' failed: cannot reach postgresql://orders:***@db.internal:5432/orders\n", err());
    }

    @Test
    void shivaStacktraceAddsTheStackTraceOfAFailingCommand() {
        environment.put("SHIVA_STACKTRACE", "1");
        assertEquals(1, run("fail", "--config", config.toString()));
        assertTrue(err().startsWith("shiva: command 'fail' failed: "), err());
        assertTrue(err().contains("java.lang.IllegalStateException"), err());
        assertTrue(err().contains("at com.example.commands.FailCommand.call"), err());
    }

    @Test
    void aCommandThatCannotBeCreatedIsOneLineAndExitOne() {
        assertEquals(1, run("broken", "--config", config.toString()));
        assertEquals("shiva: command 'broken' could not be created: no connection configured\n", err());
    }

    @Test
    void aWrongOptionOfACommandIsOneLineAndExitTwo() {
        assertEquals(2, run("greet", "--bogus", "--config", config.toString()));
        assertEquals("shiva: Unknown option: '--bogus' (see 'orders greet --help')\n", err());
        assertEquals("", out(), "the command is not called");
    }

    @Test
    void helpOfACommandIsItsUsageWithConfigAndHelp() {
        assertEquals(0, run("greet", "--help", "--config", config.toString()), err());
        String usage = out();
        assertTrue(usage.startsWith("Usage: orders greet "), usage);
        assertTrue(usage.contains("Greets someone."), usage);
        assertTrue(usage.contains("--name=<name>"), usage);
        assertTrue(usage.contains("--config=FILE"), usage);
        assertTrue(usage.contains("-h, --help"), usage);
        assertTrue(!usage.contains("Hello"), "the command is not called");
    }

    @Test
    void helpAtTheTopLevelListsDaemonRunAndTheCommandsWithoutConfigYml() {
        environment.put("SHIVA_CONFIG", directory.resolve("missing.yml").toString());
        assertEquals(0, run("--help"), err());
        String usage = out();
        assertTrue(usage.startsWith("Usage: orders [-h] [--config=FILE] [COMMAND]"), usage);
        assertTrue(usage.contains("Commands:\n  daemon run  Starts every enabled dispatcher"), usage);
        assertTrue(usage.contains("\n  broken      Cannot be created.\n"), usage);
        assertTrue(usage.contains("\n  greet       Greets someone.\n"), usage);
        assertEquals("", err());
        assertEquals(List.of(), Events.all(), "listing creates no command");
    }

    @Test
    void startRefusesACommand() {
        ServiceStartException e = assertThrows(
                ServiceStartException.class,
                () -> ShivaApplication.start(
                        Application.class,
                        new String[] {"greet", "--config", config.toString()},
                        new ServiceDefinition()));
        assertEquals(ServiceStartException.USAGE, e.exitCode());
        assertEquals(
                "'greet' is a command of the service jar, not a start; ShivaApplication.run runs it", e.getMessage());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
