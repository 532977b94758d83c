package dev.shiva.core.diag;

import java.util.Comparator;

/**
 * One located problem of a config file: where, a stable code, the dotted path of the offending
 * node, what is wrong and (when there is one) how to fix it.
 */
public record Diagnostic(Code code, Location location, String path, String message, String hint) {

    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(
                    (Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(d -> d.code().id());

    public Diagnostic {
        path = path == null ? "" : path;
        message = Secrets.redact(message);
        hint = hint == null ? "" : Secrets.redact(hint);
    }

    public Severity severity() {
        return code.severity();
    }

    /** The message and, after a semicolon, the hint: the part after the path. */
    public String text() {
        return hint.isEmpty() ? message : message + "; " + hint;
    }

    /**
     * {@code config.yml:12:5: error[SHV-REF-003]: workers.w.dispatcher: unknown dispatcher 'x'; did
     * you mean 'y'?}
     */
    public String format() {
        String where = path.isEmpty() ? "" : path + ": ";
        return location + ": " + severity().label() + "[" + code.id() + "]: " + where + text();
    }

    @Override
    public String toString() {
        return format();
    }
}
