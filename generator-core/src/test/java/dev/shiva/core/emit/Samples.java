package dev.shiva.core.emit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.model.ServiceModel;
import dev.shiva.core.resolve.ServiceResolver;
import dev.shiva.core.validate.ConfigValidator;
import dev.shiva.core.validate.ValidationReport;
import java.nio.file.Path;
import java.util.List;

/** The sample configs, validated and resolved, as generation tests start from them. */
final class Samples {

    static final List<String> NAMES = List.of("seed-example.yml", "orders-service.yml");

    private Samples() {}

    static Path path(String name) {
        return Path.of(System.getProperty("shiva.samples.dir"), name);
    }

    static SourceConfig source(String name) {
        ValidationReport report = new ConfigValidator().validate(path(name), name);
        assertTrue(report.valid(), report.diagnostics().toString());
        return new SourceConfig(report.document().orElseThrow());
    }

    static ServiceModel model(String name) {
        return new ServiceResolver().resolve(source(name));
    }
}
