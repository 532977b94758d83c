package dev.shiva.core.load;

import dev.shiva.core.diag.Diagnostic;

/** Stops loading when going on would be unsafe (a node budget spent, an alias cycle). */
final class LoadAbort extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    LoadAbort(Diagnostic diagnostic) {
        super(diagnostic.format(), null, false, false);
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
