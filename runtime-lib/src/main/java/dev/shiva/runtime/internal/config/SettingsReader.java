package dev.shiva.runtime.internal.config;

import ch.qos.logback.classic.Level;
import dev.shiva.runtime.ConfigNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads {@link RuntimeSettings} from the config tree; every wrong value is a located error. */
public final class SettingsReader {

    private final ConfigNode root;
    private final String file;

    private SettingsReader(ConfigNode root, String file) {
        this.root = root;
        this.file = file;
    }

    public static RuntimeSettings read(ConfigNode root, String file) {
        return new SettingsReader(root, file).read();
    }

    private RuntimeSettings read() {
        ConfigNode common = section(root, "common");
        ConfigNode web = section(common, "web");
        return new RuntimeSettings(
                web.find("host").map(ConfigNode::asString).orElse(RuntimeSettings.DEFAULT_HOST),
                (int) web.integer("port", RuntimeSettings.DEFAULT_PORT, 0, 65535),
                (int) common.integer("grace_period_seconds", RuntimeSettings.DEFAULT_GRACE_PERIOD_SECONDS, 0, 86_400),
                (int) common.integer("coro_num", 1, 1, 10_000),
                common.bool("uvloop", false),
                logging(section(root, "logging")),
                dispatchers(),
                workers(),
                root);
    }

    private Map<String, DispatcherSettings> dispatchers() {
        Map<String, DispatcherSettings> result = new LinkedHashMap<>();
        ConfigNode dispatchers = section(root, "dispatchers");
        for (String key : dispatchers.keys()) {
            ConfigNode entry = section(dispatchers, key);
            result.put(
                    key,
                    new DispatcherSettings(
                            key,
                            literallyTrue(entry),
                            entry.has("enabled"),
                            policy(entry),
                            entry.find("uri").map(ConfigNode::asString).orElse(DispatcherSettings.DEFAULT_METRICS_URI),
                            entry.bool("unregister_defaults", false)));
        }
        return result;
    }

    private Map<String, WorkerSettings> workers() {
        Map<String, WorkerSettings> result = new LinkedHashMap<>();
        ConfigNode workers = section(root, "workers");
        for (String key : workers.keys()) {
            ConfigNode entry = section(workers, key);
            OptionalInt coro =
                    entry.has("coro") ? OptionalInt.of((int) entry.integer("coro", 1, 1, 10_000)) : OptionalInt.empty();
            ConfigNode config = entry.find("config").orElse(ConfigNode.empty(file, "workers." + key + ".config"));
            result.put(key, new WorkerSettings(key, literallyTrue(entry), entry.has("enabled"), coro, config));
        }
        return result;
    }

    private LoggingSettings logging(ConfigNode logging) {
        ConfigNode sink = section(logging, "config");
        Optional<LoggingSettings.Sentry> sentry = logging.find("sentry").map(node -> {
            ConfigNode section = section(logging, "sentry");
            return new LoggingSettings.Sentry(
                    section.find("dsn")
                            .map(ConfigNode::asString)
                            .map(String::strip)
                            .filter(dsn -> !dsn.isEmpty()),
                    section.find("environment").map(ConfigNode::asString),
                    level(section, "level").orElse(Level.ERROR));
        });
        return new LoggingSettings(
                level(logging, "level"),
                level(sink, "level"),
                sink.find("format").map(ConfigNode::asString),
                sink.bool("serialize", false),
                sentry);
    }

    /** A level in loguru's names (Python Shiva's logger) or logback's. */
    private static Optional<Level> level(ConfigNode parent, String key) {
        return parent.find(key).map(node -> {
            String name = node.asString().strip().toUpperCase(Locale.ROOT);
            switch (name) {
                case "TRACE":
                    return Level.TRACE;
                case "DEBUG":
                    return Level.DEBUG;
                case "INFO":
                case "SUCCESS":
                    return Level.INFO;
                case "WARN":
                case "WARNING":
                    return Level.WARN;
                case "ERROR":
                case "CRITICAL":
                    return Level.ERROR;
                case "OFF":
                    return Level.OFF;
                default:
                    throw node.error("unknown log level '" + node.asString()
                            + "'; use TRACE, DEBUG, INFO, SUCCESS, WARNING, ERROR, CRITICAL or OFF");
            }
        });
    }

    private static DispatcherSettings.Policy policy(ConfigNode entry) {
        if (!entry.has("policy")) {
            return DispatcherSettings.Policy.ALL;
        }
        ConfigNode node = entry.get("policy");
        String value = node.asString();
        if (value.equals("ALL") || value.equals("CONFIG")) {
            return DispatcherSettings.Policy.valueOf(value);
        }
        String why = value.equals("GROUP")
                ? "policy GROUP is not supported (Python Shiva crashes on it)"
                : "unknown policy '" + value + "'";
        throw node.error(why + "; use ALL (also run unlisted workers of this kind) or CONFIG (only the listed ones)");
    }

    /** Python Shiva takes an entry only when {@code enabled} is literally true; anything else is off. */
    private static boolean literallyTrue(ConfigNode entry) {
        return entry.find("enabled")
                .map(node -> Boolean.TRUE.equals(scalarOrNull(node)))
                .orElse(false);
    }

    private static Object scalarOrNull(ConfigNode node) {
        return node.isMapping() || node.isList() ? null : node.scalarValue();
    }

    /** The mapping at {@code key}, an empty one when absent; a located error when it is something else. */
    private ConfigNode section(ConfigNode parent, String key) {
        if (!parent.has(key)) {
            return ConfigNode.empty(file, ConfigPaths.child(parent.path(), key));
        }
        ConfigNode node = parent.get(key);
        if (!node.isMapping()) {
            throw node.error("expected a mapping");
        }
        return node;
    }
}
