package dev.shiva.runtime.internal.connections;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.shiva.runtime.ConfigNode;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.LoggerFactory;

/** Specs, contexts and failure checks shared by the driver tests. */
final class DriverTesting {

    /** A failing open must give up well within this (the drivers get {@link #OPEN_TIMEOUT}). */
    static final Duration FAILURE_BOUND = Duration.ofSeconds(15);

    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);

    static {
        quiet();
    }

    /** The client libraries log every connection at DEBUG; only their warnings matter here. */
    static void quiet() {
        for (String noisy : List.of(
                "io.netty",
                "io.lettuce",
                "io.r2dbc",
                "reactor",
                "org.mongodb",
                "software.amazon",
                "org.eclipse.jetty",
                "org.gaul",
                "de.bwaldvogel",
                "io.micronaut",
                "org.apache.http")) {
            ((Logger) LoggerFactory.getLogger(noisy)).setLevel(Level.WARN);
        }
        // Micronaut closes a named Redis connection bean after its client closed it: Lettuce warns.
        ((Logger) LoggerFactory.getLogger("io.lettuce.core.RedisChannelHandler")).setLevel(Level.ERROR);
        // mongo-java-server lists secondary indexes but does not build them, and warns about each.
        ((Logger) LoggerFactory.getLogger("de.bwaldvogel.mongo.backend")).setLevel(Level.ERROR);
    }

    private DriverTesting() {}

    /** A connection entry with {@code yaml} as its {@code config:} block. */
    static ConnectionSpec spec(String key, String driver, String yaml) {
        return new ConnectionSpec(key, driver, 0, ConfigNode.fromYaml(yaml, "config.yml"));
    }

    /** A started context with the properties of every spec's driver. */
    static ApplicationContext context(Driver driver, ConnectionSpec... specs) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (ConnectionSpec spec : specs) {
            properties.putAll(driver.contextProperties(spec));
        }
        return ApplicationContext.builder().properties(properties).start();
    }

    /** {@code a1b2c3d4}: for names that must not collide between runs. */
    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /**
     * Opens {@code spec} expecting a failure: returns its message after checking it came within
     * {@link #FAILURE_BOUND}, that it is a {@link ConnectionFailedException} and that {@code secret}
     * (when given) is not in it.
     */
    static String openFailure(Driver driver, ConnectionSpec spec, Duration timeout, String secret) {
        long start = System.nanoTime();
        try (ApplicationContext context = context(driver, spec)) {
            OpenConnection open = driver.open(spec, context, timeout);
            open.close();
            return fail("open() succeeded against " + driver.target(spec));
        } catch (ConnectionFailedException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(FAILURE_BOUND) < 0, "failed only after " + took);
            String message = e.getMessage();
            if (secret != null) {
                assertTrue(!message.contains(secret), "the secret is in: " + message);
            }
            return message;
        } catch (Exception e) {
            throw new AssertionError("expected a ConnectionFailedException", e);
        }
    }
}
