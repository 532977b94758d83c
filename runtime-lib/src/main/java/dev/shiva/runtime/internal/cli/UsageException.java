package dev.shiva.runtime.internal.cli;

/** A command line the service cannot run: exit status 2, one line naming the problem. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
