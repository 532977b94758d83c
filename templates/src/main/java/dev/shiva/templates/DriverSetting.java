package dev.shiva.templates;

/**
 * One key of a driver's {@code config:}.
 *
 * @param key the key as config.yml spells it
 * @param defaultValue Markdown for its default, such as {@code `10`}, {@code required} or {@code none}
 * @param meaning what the key does in the Java edition (the schema's description), one table cell
 */
public record DriverSetting(String key, String defaultValue, String meaning) {
    public DriverSetting {
        ViewChecks.key("key", key);
        ViewChecks.tableCell("defaultValue", defaultValue);
        ViewChecks.tableCell("meaning", meaning);
    }
}
