package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.internal.config.Secrets;

/** Turns exceptions into the short text a one-line message quotes. */
final class Failures {

    private Failures() {}

    /** The first line of the first message along the cause chain, else the class name; passwords masked. */
    static String describe(Throwable failure) {
        String message = null;
        Throwable described = failure;
        for (Throwable t = failure; t != null && message == null; t = t.getCause()) {
            message = t.getMessage();
            described = t;
        }
        String text = message == null || message.isBlank()
                ? described.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElse("");
        return Secrets.redact(text);
    }

    /**
     * The innermost cause: Micronaut wraps what a constructor threw in several layers whose messages
     * describe the injection path, not the problem.
     */
    static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
