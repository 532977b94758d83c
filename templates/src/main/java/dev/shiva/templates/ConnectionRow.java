package dev.shiva.templates;

/**
 * One connection in the README's table.
 *
 * @param key the connection's key under {@code connections:}
 * @param driver its driver ({@code postgres}, {@code redis}, ...)
 * @param level its start level as written ({@code 0} when absent; may be a placeholder)
 * @param accessor the method a worker base class gets for it, such as {@code pgMain}
 * @param handleType the fully qualified type the accessor returns
 * @param usedBy the workers whose {@code depends} list it, comma-separated; {@code none} when none
 */
public record ConnectionRow(
        String key, String driver, String level, String accessor, String handleType, String usedBy) {
    public ConnectionRow {
        ViewChecks.key("key", key);
        ViewChecks.key("driver", driver);
        ViewChecks.tableCell("level", level);
        ViewChecks.key("accessor", accessor);
        ViewChecks.key("handleType", handleType);
        ViewChecks.tableCell("usedBy", usedBy);
    }
}
