package dev.shiva.core.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of a run, so that a user sees all of them at once rather than one per
 * attempt. The same diagnostic reported twice (two rules seeing one problem) is kept once.
 */
public final class Diagnostics {

    private final Set<Diagnostic> all = new LinkedHashSet<>();

    public void report(Code code, Location location, String path, String message, String hint) {
        all.add(new Diagnostic(code, location, path, message, hint));
    }

    public void report(Code code, Location location, String path, String message) {
        report(code, location, path, message, "");
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(all::add);
    }

    /** All diagnostics, ordered by file position so that output reads top to bottom. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(all);
        list.sort(Diagnostic.BY_POSITION);
        return List.copyOf(list);
    }
}
