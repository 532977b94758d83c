package dev.shiva.core.project;

import dev.shiva.core.output.GeneratedFile;
import dev.shiva.core.validate.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * What {@code generate} produced: the validation report, and when the config is valid the settings
 * used and the files.
 */
public record Generation(ValidationReport report, Optional<ProjectSettings> settings, List<GeneratedFile> files) {

    public Generation {
        files = List.copyOf(files);
    }

    public boolean valid() {
        return report.valid();
    }
}
