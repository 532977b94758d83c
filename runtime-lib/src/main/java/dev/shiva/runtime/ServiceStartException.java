package dev.shiva.runtime;

import dev.shiva.runtime.internal.config.Secrets;

/**
 * A service that could not start. The message is the one line {@link ShivaApplication#run} prints
 * after {@code shiva: } (a located config error, {@code worker 'reaper' failed to prepare: ...});
 * passwords in URIs are masked in it. The cause, when there is one, is the original exception.
 */
public final class ServiceStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit status of a command line the service cannot run (unknown option, missing config file). */
    public static final int USAGE = 2;

    /** Exit status of every other failed start. */
    public static final int FAILURE = 1;

    private final int exitCode;

    public ServiceStartException(String message, int exitCode, Throwable cause) {
        // Masked here, once for every way a start can fail: messages quote configured values.
        super(Secrets.redact(message), cause);
        this.exitCode = exitCode;
    }

    /** The process exit status this failure means: {@link #USAGE} or {@link #FAILURE}. */
    public int exitCode() {
        return exitCode;
    }
}
