package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.ScalarType;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import dev.shiva.core.schema.DriverSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the schema cannot say about a connection's settings and the service would only find out at
 * start: a pool whose minimum (given, or the schema's default) exceeds its maximum, and S3
 * credentials given by half. Values that are placeholders are checked when the service starts.
 */
final class ConnectionSettingsRule implements Rule {

    /** The minimum and maximum keys of each pooled driver. */
    private static final Map<String, List<String>> POOL_SIZES = Map.of(
            "postgres", List.of("pool_min", "pool_max"),
            "mongodb", List.of("pool_min", "pool_max"),
            "redis", List.of("minsize", "maxsize"));

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        for (SourceEntry connection : config.connections()) {
            String driver = connection.string("driver").orElse("");
            Optional<SourceEntry> settings = connection
                    .body()
                    .entry("config")
                    .filter(entry -> entry.value() instanceof MapNode)
                    .map(entry -> new SourceEntry(connection.path("config"), entry));
            if (settings.isEmpty()) {
                continue;
            }
            List<String> sizes = POOL_SIZES.get(driver);
            if (sizes != null) {
                checkPool(driver, settings.get(), sizes.get(0), sizes.get(1), out);
            }
            if (driver.equals("s3")) {
                checkCredentials(connection.key(), settings.get(), out);
            }
        }
    }

    private static void checkPool(String driver, SourceEntry settings, String minKey, String maxKey, Diagnostics out) {
        Optional<Long> min = value(settings, minKey).or(() -> schemaDefault(driver, minKey));
        Optional<Long> max = value(settings, maxKey).or(() -> schemaDefault(driver, maxKey));
        // A value out of its own range is the schema's error (SHV-SCH-005): no second one about it.
        if (min.isEmpty() || max.isEmpty() || min.get() < 0 || max.get() < 1 || min.get() <= max.get()) {
            return;
        }
        boolean minGiven = settings.scalar(minKey).isPresent();
        String where = minGiven ? minKey : maxKey;
        out.report(
                Code.CONNECTION_POOL_SIZES,
                settings.valueLocationOf(where),
                settings.path(where),
                minKey + " (" + min.get() + (minGiven ? "" : ", the default") + ") is larger than " + maxKey + " ("
                        + max.get() + ")",
                "make " + minKey + " at most " + maxKey);
    }

    private static void checkCredentials(String key, SourceEntry settings, Diagnostics out) {
        boolean id = settings.scalar("aws_access_key_id").isPresent();
        boolean secret = settings.scalar("aws_secret_access_key").isPresent();
        if (id == secret) {
            return;
        }
        String given = id ? "aws_access_key_id" : "aws_secret_access_key";
        String missing = id ? "aws_secret_access_key" : "aws_access_key_id";
        out.report(
                Code.CONNECTION_S3_CREDENTIALS,
                settings.locationOf(given),
                settings.path(given),
                "connection '" + key + "' has " + given + " but no " + missing,
                "give both (static credentials) or neither (the AWS SDK's default chain: environment, profile)");
    }

    /** The integer a key gives; empty for a placeholder or anything else that is not an integer. */
    private static Optional<Long> value(SourceEntry settings, String key) {
        return settings.scalar(key)
                .filter(node -> node.type() == ScalarType.INTEGER)
                .map(ScalarNode::integerValue)
                .map(Number::longValue);
    }

    private static Optional<Long> schemaDefault(String driver, String key) {
        return DriverSettings.of(driver).stream()
                .filter(setting -> setting.key().equals(key))
                .findFirst()
                .flatMap(DriverSettings.Setting::defaultValue)
                .map(Long::valueOf);
    }
}
