package dev.shiva.runtime;

import dev.shiva.runtime.internal.config.ConfigTreeBuilder;
import dev.shiva.runtime.internal.config.YamlReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One node of the runtime config.yml after placeholders were replaced: a mapping, a list or a
 * typed scalar (String, Long, Double, Boolean or null), with the place it was written. Generated
 * config records bind themselves from it; every failure names the file, line, column and path.
 */
public final class ConfigNode {

    private final String file;
    private final String path;
    private final int line;
    private final int column;
    private final Object value; // Map<String, ConfigNode>, List<ConfigNode>, or a scalar

    private ConfigNode(String file, String path, int line, int column, Object value) {
        this.file = file;
        this.path = path;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    public static ConfigNode scalar(String file, String path, int line, int column, Object value) {
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException("not a scalar: " + value.getClass());
        }
        return new ConfigNode(file, path, line, column, value);
    }

    public static ConfigNode mapping(String file, String path, int line, int column, Map<String, ConfigNode> entries) {
        return new ConfigNode(file, path, line, column, Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
    }

    public static ConfigNode list(String file, String path, int line, int column, List<ConfigNode> items) {
        return new ConfigNode(file, path, line, column, List.copyOf(items));
    }

    /**
     * A mapping written as YAML, read the way the service reads config.yml (YAML 1.1, placeholders
     * from the environment or their defaults). Generated config records use it for their {@code
     * example()}, the values config.yml had when the code was generated.
     */
    public static ConfigNode fromYaml(String yaml, String name) {
        if (yaml.isBlank()) {
            return empty(name, "");
        }
        return ConfigTreeBuilder.build(YamlReader.parse(yaml, name), name, System::getenv);
    }

    /** An empty mapping, for entries written without a {@code config:} block. */
    public static ConfigNode empty(String file, String path) {
        return mapping(file, path, 0, 0, Map.of());
    }

    /** The name of the file this node was read from, as messages show it. */
    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public boolean isMapping() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    public boolean isNull() {
        return value == null;
    }

    /** Keys of a mapping, in the order written; empty for other nodes. */
    public Set<String> keys() {
        return isMapping() ? entries().keySet() : Set.of();
    }

    public boolean has(String key) {
        return isMapping() && entries().containsKey(key) && !entries().get(key).isNull();
    }

    public Optional<ConfigNode> find(String key) {
        return has(key) ? Optional.of(entries().get(key)) : Optional.empty();
    }

    /** The value at {@code key}; an error naming the key when it is absent. */
    public ConfigNode get(String key) {
        if (!isMapping()) {
            throw error("expected a mapping, found " + describe());
        }
        ConfigNode child = entries().get(key);
        if (child == null || child.isNull()) {
            throw error("missing key '" + key + "'");
        }
        return child;
    }

    public String string(String key) {
        return get(key).asString();
    }

    public long integer(String key) {
        return get(key).asInteger();
    }

    public double number(String key) {
        return get(key).asNumber();
    }

    public boolean bool(String key) {
        return get(key).asBoolean();
    }

    /** The boolean at {@code key}, or {@code fallback} when the key is absent. */
    public boolean bool(String key, boolean fallback) {
        return has(key) ? bool(key) : fallback;
    }

    /**
     * The integer at {@code key}, or {@code fallback} when the key is absent; a value outside {@code
     * min..max} is an error at its location.
     */
    public long integer(String key, long fallback, long min, long max) {
        if (!has(key)) {
            return fallback;
        }
        ConfigNode node = get(key);
        long value = node.asInteger();
        if (value < min || value > max) {
            throw node.error(key + " must be between " + min + " and " + max + ", found " + value);
        }
        return value;
    }

    public List<ConfigNode> list(String key) {
        return get(key).asList();
    }

    /** Scalars read as text: numbers and booleans as written in YAML 1.1 form. */
    public String asString() {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw error("expected a string, found " + describe());
    }

    public long asInteger() {
        if (value instanceof Long number) {
            return number;
        }
        throw error("expected an integer, found " + describe());
    }

    public double asNumber() {
        if (value instanceof Long || value instanceof Double) {
            return ((Number) value).doubleValue();
        }
        throw error("expected a number, found " + describe());
    }

    public boolean asBoolean() {
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw error("expected a boolean, found " + describe());
    }

    @SuppressWarnings("unchecked")
    public List<ConfigNode> asList() {
        if (value instanceof List) {
            return (List<ConfigNode>) value;
        }
        throw error("expected a list, found " + describe());
    }

    /** The raw scalar (String, Long, Double, Boolean or null); for mappings and lists, an error. */
    public Object scalarValue() {
        if (isMapping() || isList()) {
            throw error("expected a single value, found " + describe());
        }
        return value;
    }

    /** {@code config.yml:12:5: path: message}, ready to be the service's one line. */
    public ConfigException error(String message) {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return new ConfigException(where + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    @SuppressWarnings("unchecked")
    private Map<String, ConfigNode> entries() {
        return (Map<String, ConfigNode>) value;
    }

    private String describe() {
        if (value == null) {
            return "nothing";
        }
        if (isMapping()) {
            return "a mapping";
        }
        if (isList()) {
            return "a list";
        }
        return value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " '" + value + "'";
    }

    @Override
    public String toString() {
        return path + "=" + value;
    }
}
