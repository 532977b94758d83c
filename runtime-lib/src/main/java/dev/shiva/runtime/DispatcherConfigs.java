package dev.shiva.runtime;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typed {@code config:} blocks of the running dispatchers (SEMANTICS §5: every free-form config
 * block is a Java type), bound from config.yml when the service starts, so a value that does not fit
 * stops the start with its line. Inject this bean wherever the values are needed:
 *
 * <pre>{@code
 * DaemonRootMainDispatcherConfig config =
 *         dispatcherConfigs.get("daemon_root_main", DaemonRootMainDispatcherConfig.class);
 * }</pre>
 */
@Singleton
public final class DispatcherConfigs {

    private final Map<String, Object> byIdentity = new ConcurrentHashMap<>();

    /**
     * The config of the running dispatcher with this identity ({@code name}, else its type).
     *
     * @throws IllegalStateException when that dispatcher does not run or has no config record of
     *     this type
     */
    public <T> T get(String identity, Class<T> type) {
        Object config = byIdentity.get(identity);
        if (config == null) {
            throw new IllegalStateException("no config of a running dispatcher '" + identity + "'");
        }
        if (!type.isInstance(config)) {
            throw new IllegalStateException("the config of dispatcher '" + identity + "' is a "
                    + config.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(config);
    }

    /** Called by the runtime at start. Not for user code. */
    public void put(String identity, Object config) {
        byIdentity.put(identity, config);
    }
}
