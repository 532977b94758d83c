package dev.shiva.core.validate;

import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.load.ConfigLoader;
import dev.shiva.core.load.LoadResult;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceDocument;
import dev.shiva.core.schema.ConfigSchema;
import java.nio.file.Path;
import java.util.List;

/**
 * Load, then the schema, then the semantic rules: every problem of a file in one run. Rules run
 * even when the schema found errors, because a user fixing a file wants the whole list at once;
 * they read tolerantly, so a schema error is not reported twice.
 */
public final class ConfigValidator {

    private static final List<Rule> RULES = List.of(
            new PlaceholderRule(),
            new EnabledRule(),
            new IdentityRule(),
            new ConnectionRule(),
            new ConnectionSettingsRule(),
            new ProtocolRule(),
            new WorkerDispatcherRule(),
            new DependsRule(),
            new RouteRule(),
            new JavaNameRule(),
            new ConfigShapeRule(),
            new WorkerKindRule(),
            new RmqQueueRule());

    private final ConfigLoader loader;
    private final ConfigSchema schema;

    public ConfigValidator() {
        this(new ConfigLoader(), ConfigSchema.load());
    }

    public ConfigValidator(ConfigLoader loader, ConfigSchema schema) {
        this.loader = loader;
        this.schema = schema;
    }

    public ValidationReport validate(Path file, String displayName) {
        return validate(loader.load(file, displayName), displayName);
    }

    public ValidationReport validateText(String text, String displayName) {
        return validate(loader.parse(text, displayName), displayName);
    }

    private ValidationReport validate(LoadResult loaded, String displayName) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(loaded.diagnostics());
        loaded.document().ifPresent(document -> check(document, diagnostics));
        return new ValidationReport(displayName, diagnostics.sorted(), loaded.document());
    }

    private void check(SourceDocument document, Diagnostics diagnostics) {
        diagnostics.addAll(schema.validate(document));
        SourceConfig config = new SourceConfig(document);
        for (Rule rule : RULES) {
            rule.check(config, diagnostics);
        }
    }
}
