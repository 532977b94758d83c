package dev.shiva.runtime.internal.config;

/**
 * One {@code dispatchers:} entry as the runtime reads it.
 *
 * @param enabled true only when config.yml says literally {@code true} (Python Shiva's rule)
 * @param enabledWritten whether the key is there at all: a missing key means disabled, with a warning
 * @param metricsUri where a {@code metrics_root} answers Prometheus scrapes
 * @param unregisterDefaults whether a {@code metrics_root} drops the JVM and process meters
 */
public record DispatcherSettings(
        String key,
        boolean enabled,
        boolean enabledWritten,
        Policy policy,
        String metricsUri,
        boolean unregisterDefaults) {

    public static final String DEFAULT_METRICS_URI = "/metrics";

    /** Which workers a dispatcher runs besides the listed entries. */
    public enum Policy {
        /** Also the unlisted worker beans of the dispatcher's kind. */
        ALL,
        /** Only the entries config.yml lists. */
        CONFIG
    }
}
