package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ConfigNode;

/**
 * One entry under {@code connections:} as config.yml gives it at start, placeholders replaced.
 *
 * @param key the entry's key ({@code pg_main}), also the name in every message about it
 * @param driver {@code postgres}, {@code redis}, {@code mongodb}, {@code s3} or {@code rmq}
 * @param level start order: ascending, connections of one level concurrently (default 0)
 * @param config the entry's {@code config:} mapping (empty when absent); its values carry their
 *     config.yml location for error messages
 */
public record ConnectionSpec(String key, String driver, int level, ConfigNode config) {

    /**
     * The name Micronaut knows the connection's beans by: property keys are normalised to kebab
     * case, so {@code r2dbc.datasources.pg_main} defines the datasource {@code pg-main}.
     */
    public String beanName() {
        return key.replace('_', '-').toLowerCase(java.util.Locale.ROOT);
    }
}
