package dev.shiva.cli;

import dev.shiva.core.validate.ConfigValidator;
import dev.shiva.core.validate.ValidationReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shiva validate [FILE]}: every problem of a config.yml, located, in one run. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a config.yml against the schema and shiva's semantic rules, and prints every problem"
                    + " as file:line:column: severity[code]: path: what is wrong; how to fix it.",
            "Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error."
        })
final class ValidateCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            defaultValue = "config.yml",
            description = "The config file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default) or json (for tools): ${COMPLETION-CANDIDATES}.")
    ReportFormat format;

    @Option(names = "--strict", description = "Treat warnings as errors (exit 1 when there are any).")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report = new ConfigValidator().validate(file, file.toString());
        format.printer().print(report, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        boolean failed = !report.valid() || (strict && report.warningCount() > 0);
        return failed ? ExitCodes.INVALID : ExitCodes.OK;
    }
}
