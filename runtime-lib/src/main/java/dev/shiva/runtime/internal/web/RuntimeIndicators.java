package dev.shiva.runtime.internal.web;

import dev.shiva.runtime.ReadinessIndicator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The readiness indicators that exist only once config.yml was read — one per open connection, one
 * per rmq dispatcher's consumers: {@code /readiness} asks them along with the {@link
 * ReadinessIndicator} beans.
 */
@Singleton
public final class RuntimeIndicators {

    private final List<ReadinessIndicator> indicators = new CopyOnWriteArrayList<>();

    /** Adds an indicator known only once the service starts (a connection, a consumer). */
    public void add(ReadinessIndicator indicator) {
        indicators.add(indicator);
    }

    public List<ReadinessIndicator> indicators() {
        return List.copyOf(indicators);
    }
}
