package dev.shiva.core.load;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostic;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * A first pass over the YAML event stream, which is flat and cheap, to find nesting and alias
 * counts beyond the limits at the exact place they are crossed. SnakeYAML's composer enforces the
 * same limits but reports them without a position.
 */
final class EventScan {

    private EventScan() {}

    static Optional<Diagnostic> check(String text, String file, LoadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxBytes());
        int depth = 0;
        int aliases = 0;
        for (Event event : new Yaml(options).parse(new StringReader(text))) {
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > limits.maxDepth()) {
                    return Optional.of(new Diagnostic(
                            Code.YAML_TOO_DEEP,
                            NodeConverter.locate(file, event.getStartMark()),
                            "",
                            "the document nests deeper than " + limits.maxDepth() + " levels here",
                            "a config.yml needs a handful of levels; look for runaway brackets or indentation"));
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            } else if (event instanceof AliasEvent && ++aliases > limits.maxAliases()) {
                return Optional.of(new Diagnostic(
                        Code.YAML_ALIAS,
                        NodeConverter.locate(file, event.getStartMark()),
                        "",
                        "more than " + limits.maxAliases() + " aliases",
                        "write the repeated parts out, or use fewer anchors"));
            }
        }
        return Optional.empty();
    }
}
