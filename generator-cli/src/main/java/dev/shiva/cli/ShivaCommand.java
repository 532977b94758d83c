package dev.shiva.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code shiva}: the root command; subcommands do the work. */
@Command(
        name = "shiva",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates message-driven Micronaut services from one config.yml.",
        subcommands = {
            NewCommand.class,
            GenerateCommand.class,
            ValidateCommand.class,
            SchemaCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ShivaCommand implements Runnable {

    @Option(
            names = "--stacktrace",
            scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace (for bug reports).")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: exit codes and error handling as documented in {@link ExitCodes}. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new ShivaCommand());
        line.setExecutionExceptionHandler(ShivaCommand::internalError);
        return line;
    }

    private static int internalError(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        boolean stacktrace = parsed.hasMatchedOption("--stacktrace")
                || parsed.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--stacktrace"));
        if (stacktrace) {
            e.printStackTrace(err);
        } else {
            err.println("shiva: internal error: " + e + " (run again with --stacktrace and report it)");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
