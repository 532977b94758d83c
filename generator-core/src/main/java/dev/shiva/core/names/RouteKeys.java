package dev.shiva.core.names;

import java.util.regex.Pattern;

/** The form of a route key: {@code object.action}, words joined by dots, no wildcards. */
public final class RouteKeys {

    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");

    private RouteKeys() {}

    public static boolean isRoute(String key) {
        return ROUTE.matcher(key).matches();
    }
}
