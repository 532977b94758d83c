package dev.shiva.runtime.internal.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The service's command line, as Python Shiva's {@code shiva daemon run [--config FILE]}. No
 * arguments means {@code daemon run}; {@code --config} is also accepted without the command, which
 * is how a container usually starts a jar.
 *
 * <p>Extension point: user commands (SEMANTICS §9) will be added here as further subcommands of the
 * root {@link CommandLine}; parsing happens before the ApplicationContext exists, so they will be
 * contributed by a registry that does not need beans to list them.
 */
public final class CommandLineParser {

    private CommandLineParser() {}

    public static Launch parse(String commandName, String[] args) {
        CommandLine root = newCommandLine(commandName);
        ParseResult result;
        try {
            result = root.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage() + " (usage: " + commandName + " [daemon run] [--config FILE])");
        }
        for (ParseResult level = result; level != null; level = level.subcommand()) {
            if (level.isUsageHelpRequested()) {
                return new Launch.Help(level.commandSpec().commandLine().getUsageMessage());
            }
        }
        ParseResult daemon = result.subcommand();
        if (daemon == null) {
            return new Launch.DaemonRun(configOf(result));
        }
        ParseResult run = daemon.subcommand();
        if (run == null) {
            throw new UsageException(
                    "missing command after 'daemon' (usage: " + commandName + " daemon run [--config FILE])");
        }
        return new Launch.DaemonRun(configOf(run).or(() -> configOf(result)));
    }

    private static Optional<String> configOf(ParseResult level) {
        return Optional.ofNullable(level.matchedOptionValue("--config", (String) null));
    }

    private static CommandLine newCommandLine(String commandName) {
        CommandLine root = new CommandLine(new Root());
        root.setCommandName(commandName);
        CommandLine daemon = new CommandLine(new Daemon());
        daemon.addSubcommand("run", new CommandLine(new Run()));
        root.addSubcommand("daemon", daemon);
        return root;
    }

    @Command(description = "Runs the service (the same as 'daemon run').")
    static final class Root {
        @Option(
                names = "--config",
                paramLabel = "FILE",
                description = "config.yml to run with (default: $SHIVA_CONFIG, else ./config.yml)")
        String config;

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help and exit.")
        boolean help;
    }

    @Command(description = "Long-running modes of the service.")
    static final class Daemon {
        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help and exit.")
        boolean help;
    }

    @Command(description = "Starts every enabled dispatcher and its workers; stops gracefully on SIGTERM or SIGINT.")
    static final class Run {
        @Option(
                names = "--config",
                paramLabel = "FILE",
                description = "config.yml to run with (default: $SHIVA_CONFIG, else ./config.yml)")
        String config;

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help and exit.")
        boolean help;
    }
}
