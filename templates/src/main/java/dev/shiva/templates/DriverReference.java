package dev.shiva.templates;

import java.util.List;

/**
 * The settings of one driver the service uses, for the README's short reference.
 *
 * @param driver the driver's name in config.yml
 * @param settings the keys of a connection's {@code config:} for this driver, in the schema's order
 */
public record DriverReference(String driver, List<DriverSetting> settings) {
    public DriverReference {
        ViewChecks.key("driver", driver);
        settings = ViewChecks.list("settings", settings);
    }
}
