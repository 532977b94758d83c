package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.ServiceStartException;
import dev.shiva.runtime.internal.config.Secrets;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one line a connection that cannot be made stops the start with: {@code connection 'pg_main'
 * (postgres 127.0.0.1:5432/orders): password authentication failed for user "orders"}. Every
 * secret of the connection's config (the DSN's password, however a driver's message quotes it; a
 * secret access key) is masked before the line is built.
 */
public final class ConnectionFailures {

    private ConnectionFailures() {}

    public static ServiceStartException failure(ConnectionSpec spec, Driver driver, Throwable cause) {
        if (cause instanceof ConfigException config) {
            return new ServiceStartException(config.getMessage(), ServiceStartException.FAILURE, null);
        }
        return failure(spec, driver, reason(spec, cause));
    }

    public static ServiceStartException failure(ConnectionSpec spec, Driver driver, String reason) {
        // No cause attached: a cause's message could quote the password, and causes get printed.
        return new ServiceStartException(
                "connection '" + spec.key() + "' (" + spec.driver() + " " + target(driver, spec) + "): "
                        + mask(spec, reason),
                ServiceStartException.FAILURE,
                null);
    }

    /** Where the connection goes, masked; never fails. */
    public static String target(Driver driver, ConnectionSpec spec) {
        try {
            return mask(spec, driver.target(spec));
        } catch (RuntimeException e) {
            return "(target unknown)";
        }
    }

    /** Why {@code error} happened, on one line ({@link DriverSupport#reason}), masked. */
    public static String reason(ConnectionSpec spec, Throwable error) {
        return mask(spec, DriverSupport.reason(error, ConnectionSet.OPEN_TIMEOUT));
    }

    /** {@code text} with URI passwords and every secret value of the connection's config masked. */
    static String mask(ConnectionSpec spec, String text) {
        String masked = Secrets.redact(text);
        for (String secret : secrets(spec.config())) {
            masked = DriverSupport.mask(masked, secret);
        }
        return masked;
    }

    private static List<String> secrets(ConfigNode config) {
        List<String> secrets = new ArrayList<>();
        for (String key : config.keys()) {
            ConfigNode value = config.get(key);
            if (value.isMapping() || value.isList() || value.isNull()) {
                continue;
            }
            String text = String.valueOf(value.scalarValue());
            String name = key.toLowerCase(Locale.ROOT);
            if (name.contains("password") || name.contains("secret") || name.contains("token")) {
                secrets.add(text);
            }
            if (name.equals("dsn") || name.endsWith("_url") || name.equals("uri")) {
                uriPassword(text).ifPresent(password -> {
                    secrets.add(password);
                    secrets.add(URLDecoder.decode(password, StandardCharsets.UTF_8));
                });
            }
        }
        return secrets;
    }

    /**
     * The password of {@code user:password@} in a URI as written: from the first {@code :} after the
     * scheme to the last {@code @}, the reading of {@link Secrets}, so that an unescaped {@code @} or
     * {@code /} in it still counts.
     */
    private static Optional<String> uriPassword(String uri) {
        int scheme = uri.indexOf("://");
        int at = uri.lastIndexOf('@');
        int colon = scheme < 0 ? -1 : uri.indexOf(':', scheme + 3);
        return colon < 0 || colon > at ? Optional.empty() : Optional.of(uri.substring(colon + 1, at));
    }
}
