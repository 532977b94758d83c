package dev.shiva.runtime.internal.connections;

/**
 * Why a connection could not be made or checked, in one line: {@code Cannot connect to
 * 127.0.0.1:1 (Connection refused)}. The start failure adds the connection's key and target
 * ({@link ConnectionFailures}). The message never holds a password or secret key; the client
 * library's exception is not kept as the cause, since libraries may quote what they were
 * configured with.
 */
public final class ConnectionFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConnectionFailedException(String message) {
        super(message, null, false, false);
    }
}
