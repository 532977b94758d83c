package dev.shiva.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shiva generate}: brings the project in step with its config.yml without losing user work. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Regenerates the project from its config.yml without losing your work: src/generated (config"
                    + " records, worker bases, the service definition) is rewritten; new worker classes and"
                    + " tests in src/main/java and src/test/java are created once and never overwritten;"
                    + " pom.xml, application.yml, logback.xml, README.md, Dockerfile and .gitignore are"
                    + " merged three ways with your edits.",
            "Exit status: 0 done; 1 invalid config, a conflict, a refused overwrite, or (with --check) a"
                    + " project that is out of date; 2 usage error."
        })
final class GenerateCommand implements Callable<Integer> {

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The project directory (default: the current one).")
    Path dir;

    @Option(names = "--dry-run", description = "Print what would be created, updated or deleted; write nothing.")
    boolean dryRun;

    @Option(names = "--diff", description = "Print the changes as a unified diff; write nothing.")
    boolean diff;

    @Option(
            names = "--check",
            description = "Exit 1 when the project differs from what config.yml says (for CI); write nothing.")
    boolean check;

    @Option(names = "--force", description = "Overwrite generated files that were edited by hand.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ProjectWriter writer = new ProjectWriter(spec.commandLine().getOut());
        int exit = writer.run(dir, new ProjectWriter.Mode(dryRun, diff, check, force));
        spec.commandLine().getOut().flush();
        return exit;
    }
}
