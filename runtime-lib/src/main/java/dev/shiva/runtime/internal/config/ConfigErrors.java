package dev.shiva.runtime.internal.config;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.ConfigNode;

/** Located errors in the one format {@link ConfigNode#error(String)} defines. */
public final class ConfigErrors {

    private ConfigErrors() {}

    public static ConfigException at(String file, int line, int column, String path, String message) {
        return ConfigNode.scalar(file, path, line, column, null).error(Secrets.redact(message));
    }
}
