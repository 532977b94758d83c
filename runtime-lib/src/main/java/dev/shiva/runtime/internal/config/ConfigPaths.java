package dev.shiva.runtime.internal.config;

/** Dotted paths of config nodes as messages show them: {@code workers.w.routes[0]}. */
public final class ConfigPaths {

    private ConfigPaths() {}

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
