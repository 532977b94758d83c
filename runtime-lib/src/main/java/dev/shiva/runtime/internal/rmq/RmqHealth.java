package dev.shiva.runtime.internal.rmq;

import dev.shiva.runtime.ReadinessIndicator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The readiness indicators of the rmq connections and dispatchers, which exist only once config.yml
 * was read: {@code /readiness} asks them along with the {@link ReadinessIndicator} beans.
 */
@Singleton
public final class RmqHealth {

    private final List<ReadinessIndicator> indicators = new CopyOnWriteArrayList<>();

    void add(ReadinessIndicator indicator) {
        indicators.add(indicator);
    }

    public List<ReadinessIndicator> indicators() {
        return List.copyOf(indicators);
    }
}
