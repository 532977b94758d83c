package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ConfigNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A libpq/asyncpg connection URI, {@code postgresql://user:password@host:port/database?params}
 * ({@code postgres://} too), taken apart for R2DBC: the user and password go to their own
 * properties, never into the R2DBC URL. The password may contain {@code @} or {@code /} unescaped:
 * the user part runs to the last {@code @}, as libpq reads it.
 *
 * @param host the host, {@code localhost} when absent; an IPv6 literal keeps its brackets
 * @param port 5432 when absent
 * @param database empty when absent (the server then takes the user's name, as libpq does)
 * @param user empty when absent
 * @param password empty when absent
 * @param params query parameters in R2DBC's spelling, in the order written
 */
record PostgresDsn(String host, int port, String database, String user, String password, Map<String, String> params) {

    /** libpq / asyncpg parameter names that R2DBC PostgreSQL spells differently. */
    private static final Map<String, String> RENAMED = Map.of(
            "sslmode", "sslMode",
            "sslrootcert", "sslRootCert",
            "sslcert", "sslCert",
            "sslkey", "sslKey",
            "sslpassword", "sslPassword",
            "application_name", "applicationName");

    PostgresDsn {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Reads {@code dsnNode}; a malformed DSN is a located error that does not quote the DSN. */
    static PostgresDsn parse(ConfigNode dsnNode) {
        String dsn = dsnNode.asString().strip();
        String rest;
        if (dsn.startsWith("postgresql://")) {
            rest = dsn.substring("postgresql://".length());
        } else if (dsn.startsWith("postgres://")) {
            rest = dsn.substring("postgres://".length());
        } else {
            throw dsnNode.error("expected a postgresql://user:password@host:port/database URI");
        }
        String user = "";
        String password = "";
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), dsnNode, "user name");
            password = colon < 0 ? "" : decode(userInfo.substring(colon + 1), dsnNode, "password");
        }
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        String database = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = decode(rest.substring(slash + 1), dsnNode, "database name");
            rest = rest.substring(0, slash);
        }
        if (rest.contains(",")) {
            throw dsnNode.error("several hosts in one DSN are not supported; name one host");
        }
        String host = rest;
        int port = 5432;
        int portColon = rest.lastIndexOf(':');
        if (portColon >= 0 && portColon > rest.lastIndexOf(']')) {
            host = rest.substring(0, portColon);
            String portText = rest.substring(portColon + 1);
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw dsnNode.error("the port in the DSN is not a number: '" + portText + "'");
            }
            if (port < 1 || port > 65535) {
                throw dsnNode.error("the port in the DSN is out of range: " + port);
            }
        }
        host = decode(host, dsnNode, "host");
        if (host.isEmpty()) {
            host = "localhost";
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), dsnNode, "parameter name");
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), dsnNode, "parameter value");
            if (name.equals("connect_timeout")) {
                // libpq gives seconds; R2DBC wants a duration.
                try {
                    params.put("connectTimeout", "PT" + Long.parseLong(value) + "S");
                } catch (NumberFormatException e) {
                    throw dsnNode.error("connect_timeout in the DSN is not a number of seconds: '" + value + "'");
                }
                continue;
            }
            params.put(RENAMED.getOrDefault(name, name), value);
        }
        return new PostgresDsn(host, port, database, user, password, params);
    }

    /** {@code r2dbc:pool:postgresql://host:port/database?params}: no user, no password. */
    String r2dbcUrl() {
        StringBuilder url = new StringBuilder("r2dbc:pool:postgresql://").append(address());
        if (!database.isEmpty()) {
            url.append('/').append(encode(database));
        }
        if (!params.isEmpty()) {
            StringJoiner query = new StringJoiner("&", "?", "");
            params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
            url.append(query);
        }
        return url.toString();
    }

    /** {@code host:port}. */
    String address() {
        return host + ":" + port;
    }

    /** {@code host:port/database}, for messages. */
    String target() {
        return database.isEmpty() ? address() : address() + "/" + database;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Percent-decoding as libpq does it: {@code +} stays a plus. */
    private static String decode(String text, ConfigNode dsnNode, String what) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw dsnNode.error("the " + what + " in the DSN has a malformed %-escape");
        }
    }
}
