package dev.shiva.runtime;

/**
 * A problem with the runtime config.yml, located: {@code config.yml:12:5: workers.w.config.max:
 * expected an integer, found 'abc'}. The service prints the message as its one line and exits.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
