package dev.shiva.core.load;

/** Dotted paths of nodes as messages show them: {@code workers.w.routes[0]}. */
public final class PathNames {

    private PathNames() {}

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
