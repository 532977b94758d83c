package dev.shiva.core.model;

/**
 * One key of a config record.
 *
 * @param optional true when some entry of the worker class lacks the key or leaves it empty: the
 *     component is then an {@code Optional}
 */
public record ConfigField(String yamlKey, String javaName, FieldType type, boolean optional) {}
