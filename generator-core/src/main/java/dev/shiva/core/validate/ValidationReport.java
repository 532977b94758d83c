package dev.shiva.core.validate;

import dev.shiva.core.diag.Diagnostic;
import dev.shiva.core.diag.Severity;
import dev.shiva.core.load.SourceDocument;
import java.util.List;
import java.util.Optional;

/** The outcome of validating one file: every diagnostic, in file order, and the document if it loaded. */
public record ValidationReport(String file, List<Diagnostic> diagnostics, Optional<SourceDocument> document) {

    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean valid() {
        return errorCount() == 0;
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    public long warningCount() {
        return count(Severity.WARNING);
    }

    private long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
