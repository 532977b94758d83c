package dev.shiva.runtime.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.runtime.ServiceCommand;
import dev.shiva.runtime.ServiceStartException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

class CommandLineParserTest {

    private static Launch parse(String... args) {
        return CommandLineParser.parse("orders", args);
    }

    @Test
    void daemonRunIsTheDefaultCommand() {
        assertEquals(new Launch.DaemonRun(Optional.empty()), parse());
        assertEquals(new Launch.DaemonRun(Optional.empty()), parse("daemon", "run"));
        assertEquals(new Launch.DaemonRun(Optional.of("a.yml")), parse("daemon", "run", "--config", "a.yml"));
        assertEquals(new Launch.DaemonRun(Optional.of("a.yml")), parse("daemon", "run", "--config=a.yml"));
        assertEquals(new Launch.DaemonRun(Optional.of("b.yml")), parse("--config", "b.yml"));
    }

    @Test
    void helpAtAnyLevelGivesThatLevelsUsage() {
        assertEquals(new Launch.RootHelp(), parse("--help"));
        assertEquals(new Launch.RootHelp(), parse("--config", "a.yml", "-h"));
        assertTrue(((Launch.Help) parse("daemon", "--help")).usage().startsWith("Usage: orders daemon"));
        assertTrue(((Launch.Help) parse("daemon", "run", "-h")).usage().startsWith("Usage: orders daemon run"));
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        assertEquals(
                "Unmatched argument at index 2: 'serve' (usage: orders [daemon run] [--config FILE])",
                assertThrows(UsageException.class, () -> parse("daemon", "run", "serve"))
                        .getMessage());
        assertEquals(
                "Unknown options: '--bogus', 'greet' (usage: orders [daemon run] [--config FILE])",
                assertThrows(UsageException.class, () -> parse("--bogus", "greet"))
                        .getMessage());
        assertEquals(
                "missing command after 'daemon' (usage: orders daemon run [--config FILE])",
                assertThrows(UsageException.class, () -> parse("daemon")).getMessage());
        assertInstanceOf(UsageException.class, assertThrows(UsageException.class, () -> parse("--config")));
    }

    @Test
    void anyOtherFirstWordIsAUserCommandParsedLater() {
        assertEquals(new Launch.UserCommand("greet", Optional.empty(), List.of("greet")), parse("greet"));
        assertEquals(
                new Launch.UserCommand("serve", Optional.empty(), List.of("serve", "--x", "1")),
                parse("serve", "--x", "1"));
        // --config before the name, after it (which wins), in both spellings; not after "--".
        assertEquals(Optional.of("a.yml"), config("--config", "a.yml", "greet", "--name", "x"));
        assertEquals(Optional.of("a.yml"), config("--config=a.yml", "greet"));
        assertEquals(Optional.of("b.yml"), config("greet", "--name", "x", "--config", "b.yml"));
        assertEquals(Optional.of("b.yml"), config("--config", "a.yml", "greet", "--config=b.yml"));
        assertEquals(Optional.empty(), config("greet", "--", "--config", "b.yml"));
        assertEquals(
                List.of("--config", "a.yml", "greet", "--name", "x"),
                ((Launch.UserCommand) parse("--config", "a.yml", "greet", "--name", "x")).args());
    }

    private static Optional<String> config(String... args) {
        return ((Launch.UserCommand) parse(args)).config();
    }

    @Test
    void theBuiltInWordsAndOptionsStayOnTheBuiltInPath() {
        assertInstanceOf(Launch.DaemonRun.class, parse("--config", "a.yml"));
        assertInstanceOf(Launch.DaemonRun.class, parse("--config", "a.yml", "daemon", "run"));
        assertInstanceOf(Launch.RootHelp.class, parse("-h", "greet"));
        assertInstanceOf(Launch.Help.class, parse("daemon", "-h"));
    }

    @Command(name = "greet", description = "Greets.", aliases = "hi")
    static final class Greet implements ServiceCommand {
        static int created;

        Greet() {
            created++;
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "audit", header = "Audits the orders.", description = "A longer text.")
    static final class Audit implements ServiceCommand {
        @Spec
        CommandSpec spec;

        Audit() {
            throw new IllegalStateException("not created when listed");
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void theCommandsAreListedFromTheirAnnotationsWithoutAnInstance() {
        Greet.created = 0;
        CommandLine root = CommandLineParser.withCommands(
                "orders", List.of(Greet.class, Audit.class), Optional.empty(), CommandLine.defaultFactory());
        String usage = root.getUsageMessage();
        assertTrue(usage.startsWith("Usage: orders [-h] [--config=FILE] [COMMAND]"), usage);
        assertTrue(usage.endsWith("""
                        Commands:
                          daemon run  Starts every enabled dispatcher and its workers; stops gracefully
                                        on SIGTERM or SIGINT.
                          audit       Audits the orders.
                          greet, hi   Greets.
                        """), usage);
        assertEquals(0, Greet.created);
    }

    @Test
    void theSelectedCommandGetsConfigAndHelpAndIsCreatedWhenParsed() {
        Greet.created = 0;
        CommandLine root = CommandLineParser.withCommands(
                "orders", List.of(Greet.class, Audit.class), Optional.of("hi"), CommandLine.defaultFactory());
        assertEquals(0, Greet.created);
        CommandLine.ParseResult parsed = root.parseArgs("hi", "--config", "a.yml", "-h");
        assertEquals(1, Greet.created);
        assertTrue(parsed.subcommand().isUsageHelpRequested());
        assertEquals("a.yml", parsed.subcommand().matchedOptionValue("--config", ""));
    }

    @Command(name = "connect")
    static final class Connect implements ServiceCommand {
        @Option(names = "-h", description = "The host.")
        String host;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void aCommandThatUsesDashHKeepsItAndGetsOnlyDashDashHelp() {
        CommandLine root = CommandLineParser.withCommands(
                "orders", List.of(Connect.class), Optional.of("connect"), CommandLine.defaultFactory());
        assertEquals("db", root.parseArgs("connect", "-h", "db").subcommand().matchedOptionValue("-h", ""));
        assertTrue(root.parseArgs("connect", "--help").subcommand().isUsageHelpRequested());
    }

    @Command(description = "No name.")
    static final class Nameless implements ServiceCommand {
        @Override
        public Integer call() {
            return 0;
        }
    }

    static final class Unannotated implements ServiceCommand {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "daemon")
    static final class Daemon implements ServiceCommand {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "hi")
    static final class Hi implements ServiceCommand {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "own")
    static final class OwnConfig implements ServiceCommand {
        @Option(names = "--config")
        String config;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void aCommandClassTheRuntimeCannotRegisterIsAFailureNamingIt() {
        String prefix = "command class " + CommandLineParserTest.class.getName();
        assertEquals(
                prefix + "$Nameless cannot be a command: it has no command name; give it @Command(name = \"...\")",
                invalid(Optional.empty(), Nameless.class));
        assertEquals(
                prefix + "$Unannotated cannot be a command: it has no @Command annotation of picocli;"
                        + " give it @Command(name = \"...\")",
                invalid(Optional.empty(), Unannotated.class));
        assertEquals(
                prefix + "$Daemon cannot be a command: the name 'daemon' is taken by the runtime's 'daemon run'",
                invalid(Optional.empty(), Daemon.class));
        assertEquals(
                prefix + "$Hi cannot be a command: the name 'hi' is taken by " + Greet.class.getName(),
                invalid(Optional.empty(), Greet.class, Hi.class));
        assertEquals(
                prefix + "$OwnConfig cannot be a command: it declares --config, which the runtime reserves for"
                        + " config.yml",
                invalid(Optional.of("own"), OwnConfig.class));
    }

    private static String invalid(Optional<String> selected, Class<?>... types) {
        ServiceStartException e = assertThrows(
                ServiceStartException.class,
                () -> CommandLineParser.withCommands("orders", List.of(types), selected, CommandLine.defaultFactory()));
        assertEquals(ServiceStartException.FAILURE, e.exitCode());
        return e.getMessage();
    }

    @Test
    void theConfigComesFromTheOptionThenTheEnvironmentThenTheWorkingDirectory(@TempDir Path directory)
            throws Exception {
        Path option = Files.writeString(directory.resolve("option.yml"), "a: 1");
        Path fromEnvironment = Files.writeString(directory.resolve("env.yml"), "a: 1");
        Map<String, String> environment = Map.of("SHIVA_CONFIG", fromEnvironment.toString());
        assertEquals(
                option,
                ConfigLocation.resolve(Optional.of(option.toString()), environment::get)
                        .path());
        assertEquals(
                fromEnvironment,
                ConfigLocation.resolve(Optional.empty(), environment::get).path());
        UsageException missing = assertThrows(
                UsageException.class, () -> ConfigLocation.resolve(Optional.empty(), Map.<String, String>of()::get));
        assertTrue(missing.getMessage().startsWith("config file config.yml not found in "), missing.getMessage());
        assertTrue(missing.getMessage().endsWith("; give --config FILE or set SHIVA_CONFIG"), missing.getMessage());
        assertEquals(
                "config file " + directory + " is not a regular file",
                assertThrows(
                                UsageException.class,
                                () -> ConfigLocation.resolve(Optional.of(directory.toString()), k -> null))
                        .getMessage());
    }
}
