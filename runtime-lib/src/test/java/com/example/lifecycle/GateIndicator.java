package com.example.lifecycle;

import dev.shiva.runtime.ReadinessIndicator;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A readiness indicator a test opens and closes, as a connection's would. */
@Singleton
@Requires(property = "shiva.dispatchers.gated_web.enabled", value = "true")
public class GateIndicator implements ReadinessIndicator {

    public static volatile boolean open = true;

    @Override
    public String name() {
        return "gate";
    }

    @Override
    public boolean isReady() {
        return open;
    }
}
