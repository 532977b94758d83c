package dev.shiva.runtime.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where config.yml is: {@code --config FILE}, else {@code $SHIVA_CONFIG}, else {@code ./config.yml}
 * (SEMANTICS §1). {@code displayName} is the path as the user wrote it, for messages.
 */
public record ConfigLocation(Path path, String displayName) {

    public static final String ENVIRONMENT_VARIABLE = "SHIVA_CONFIG";
    public static final String DEFAULT_FILE = "config.yml";

    /** The location asked for; a {@link UsageException} when no such file exists. */
    public static ConfigLocation resolve(Optional<String> option, Function<String, String> environment) {
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        String chosen;
        String source;
        if (option.isPresent()) {
            chosen = option.get();
            source = "--config";
        } else if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            chosen = fromEnvironment;
            source = ENVIRONMENT_VARIABLE;
        } else {
            chosen = DEFAULT_FILE;
            source = "default";
        }
        Path path = Path.of(chosen);
        if (!Files.exists(path)) {
            String hint = source.equals("default")
                    ? " in " + Path.of("").toAbsolutePath() + "; give --config FILE or set " + ENVIRONMENT_VARIABLE
                    : " (from " + source + ")";
            throw new UsageException("config file " + chosen + " not found" + hint);
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException("config file " + chosen + " is not a regular file");
        }
        return new ConfigLocation(path, chosen);
    }
}
