package dev.shiva.cli;

import dev.shiva.core.project.ProjectGenerator;
import dev.shiva.core.project.ProjectSettings;
import dev.shiva.templates.NewConfigView;
import dev.shiva.templates.TemplateRenderer;
import dev.shiva.templates.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shiva new NAME}: a new project around a config.yml that runs with no external service. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Creates a project: a config.yml with a web dispatcher, a daemon worker and metrics that runs"
                    + " with no external service (RabbitMQ and database sections are ready to uncomment),"
                    + " then generates the Micronaut project around it."
        })
final class NewCommand implements Callable<Integer> {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)+");
    private static final int DEFAULT_PORT = 8085;

    @Parameters(index = "0", paramLabel = "NAME", description = "The service name (app_name, Maven artifactId).")
    String name;

    @Option(
            names = "--package",
            paramLabel = "PACKAGE",
            description = "Base Java package (default: com.example.<name>).")
    String basePackage;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to create the project (default: ./NAME).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        checkArguments();
        PrintWriter out = spec.commandLine().getOut();
        Path project = dir != null ? dir : Path.of(name);
        if (isNonEmptyDirectory(project) || Files.isRegularFile(project)) {
            out.println(project + ": already exists and is not empty; choose another --dir");
            out.flush();
            return ExitCodes.INVALID;
        }
        Files.createDirectories(project);
        String config = new TemplateRenderer()
                .render(Templates.NEW_CONFIG, new NewConfigView(name, ProjectGenerator.SCHEMA_FILE, DEFAULT_PORT));
        Files.writeString(project.resolve(ProjectGenerator.CONFIG_FILE), config);
        ProjectSettings settings = ProjectSettings.forName(name, basePackage);
        settings.write(project);
        int exit = new ProjectWriter(out).run(project, ProjectWriter.Mode.write());
        if (exit == ExitCodes.OK) {
            out.println("created " + project + ": next, cd " + project + " && mvn package && java -jar target/"
                    + settings.artifactId() + "-" + settings.version() + ".jar");
        }
        out.flush();
        return exit;
    }

    private void checkArguments() {
        if (!NAME.matcher(name).matches()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "NAME must start with a letter and hold letters, digits, '_' and '-': '" + name + "'");
        }
        if (basePackage != null && !PACKAGE.matcher(basePackage).matches()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--package must be a lower-case Java package with at least two parts, such as com.acme.orders: '"
                            + basePackage + "'");
        }
    }

    private static boolean isNonEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
