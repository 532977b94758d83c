package dev.shiva.core.load;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostic;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * A first pass over the YAML event stream, which is flat and cheap, to find what the composed tree
 * can no longer locate: nesting and alias counts beyond the limits at the exact place they are
 * crossed (SnakeYAML's composer reports them without a position), an alias inside the node it
 * names, and the '---' of a second document.
 */
final class EventScan {

    private EventScan() {}

    static Optional<Diagnostic> check(String text, String file, LoadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxBytes());
        int depth = 0;
        int aliases = 0;
        int documents = 0;
        Deque<String> openAnchors = new ArrayDeque<>(); // anchors of the collections enclosing the event
        EventPath path = new EventPath();

        for (Event event : new Yaml(options).parse(new StringReader(text))) {
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                return Optional.of(new Diagnostic(
                        Code.YAML_NOT_ONE_DOCUMENT,
                        NodeConverter.locate(file, event.getStartMark()),
                        "",
                        "a second YAML document starts here",
                        "a config.yml is one document: remove the '---' separator and what follows, or merge the two"));
            }
            path.accept(event);
            if (event instanceof AliasEvent alias && openAnchors.contains(alias.getAnchor())) {
                return Optional.of(new Diagnostic(
                        Code.YAML_ALIAS,
                        NodeConverter.locate(file, event.getStartMark()),
                        path.current(),
                        "the alias *" + alias.getAnchor() + " refers to a node that contains it",
                        "a config.yml is a tree: an alias may repeat a part, not contain itself"));
            }
            if (event instanceof CollectionStartEvent start) {
                openAnchors.push(start.getAnchor() == null ? "" : start.getAnchor());
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
                openAnchors.pop();
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
