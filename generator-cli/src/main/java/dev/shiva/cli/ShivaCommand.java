package dev.shiva.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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
        line.setExecutionExceptionHandler(ShivaCommand::failure);
        return line;
    }

    /**
     * A command that failed by an exception. A file that cannot be read or written, or a damaged
     * .shiva/manifest, is the project's state, not a bug: one line naming it, exit 1. Anything else
     * is a bug in shiva: exit 3, with the stack trace only on request.
     */
    private static int failure(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        boolean stacktrace = parsed.hasMatchedOption("--stacktrace")
                || parsed.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--stacktrace"));
        Throwable io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        boolean projectState = io instanceof IOException;
        if (stacktrace) {
            e.printStackTrace(err);
        } else if (projectState) {
            err.println("shiva: " + describe((IOException) io));
        } else {
            err.println("shiva: internal error: " + e + " (run again with --stacktrace and report it)");
        }
        err.flush();
        return projectState ? ExitCodes.INVALID : ExitCodes.INTERNAL;
    }

    /** The message, naming the file when the JDK's own message is only the path. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
