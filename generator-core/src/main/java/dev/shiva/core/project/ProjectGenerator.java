package dev.shiva.core.project;

import dev.shiva.core.ShivaVersion;
import dev.shiva.core.emit.JavaSources;
import dev.shiva.core.emit.ProjectLayout;
import dev.shiva.core.emit.TemplateFiles;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.model.ServiceModel;
import dev.shiva.core.output.GeneratedFile;
import dev.shiva.core.output.Zone;
import dev.shiva.core.resolve.ServiceResolver;
import dev.shiva.core.schema.ConfigSchema;
import dev.shiva.core.validate.ConfigValidator;
import dev.shiva.core.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole of {@code shiva generate} that does not touch the disk: validate the project's
 * config.yml, resolve it, and produce every file of the project in memory (Java sources, shared
 * files, the schema for editors). The output layer decides what of it is written.
 */
public final class ProjectGenerator {

    public static final String CONFIG_FILE = "config.yml";
    /** Where editors find the schema; config.yml's modeline points here. */
    public static final String SCHEMA_FILE = "config.schema.json";

    private final ConfigValidator validator;

    public ProjectGenerator() {
        this(new ConfigValidator());
    }

    public ProjectGenerator(ConfigValidator validator) {
        this.validator = validator;
    }

    /**
     * Validates {@code projectDir/config.yml}; a valid config is resolved and generated. Without
     * settings (a config.yml not made by {@code shiva new}), they are derived from {@code app_name}.
     */
    public Generation generate(Path projectDir, Optional<ProjectSettings> given) {
        ValidationReport report = validator.validate(projectDir.resolve(CONFIG_FILE), CONFIG_FILE);
        if (!report.valid()) {
            return new Generation(report, given, List.of());
        }
        SourceConfig config = new SourceConfig(report.document().orElseThrow());
        ServiceModel model = new ServiceResolver().resolve(config);
        ProjectSettings settings = given.orElseGet(() -> ProjectSettings.forName(model.appName(), null));
        List<GeneratedFile> files = new ArrayList<>();
        ProjectLayout layout = ProjectLayout.of(settings.basePackage(), modulesPath(config));
        files.addAll(new JavaSources(layout).generate(model));
        files.addAll(OrphanSupport.retainedFor(projectDir, layout, files));
        files.addAll(new TemplateFiles(settings, ShivaVersion.get()).generate(model, config));
        files.add(new GeneratedFile(SCHEMA_FILE, schemaText(), Zone.GENERATED));
        return new Generation(report, Optional.of(settings), files);
    }

    private static Optional<String> modulesPath(SourceConfig config) {
        return config.map("common")
                .flatMap(common -> common.get("modules_path"))
                .filter(node -> node instanceof ScalarNode scalar && scalar.isString())
                .map(node -> ((ScalarNode) node).text());
    }

    private static byte[] schemaText() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(ConfigSchema.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema is missing from this build of shiva");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
