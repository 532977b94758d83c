package dev.shiva.core.load;

import dev.shiva.core.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What loading produced: the document when the YAML could be read as a tree (possibly with
 * problems worth reporting, such as a skipped duplicate key), and every problem found.
 */
public record LoadResult(Optional<SourceDocument> document, List<Diagnostic> diagnostics) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
