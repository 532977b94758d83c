package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ServiceStartException;
import java.util.Map;

/**
 * The driver of each {@code driver:} value. Loaded by name, so that a service without a Redis
 * connection needs no Lettuce on its class path: the generated pom adds exactly the client
 * libraries of the drivers config.yml uses.
 */
public final class Drivers {

    private static final Map<String, String> CLASSES = Map.of(
            "postgres", "dev.shiva.runtime.internal.connections.PostgresDriver",
            "redis", "dev.shiva.runtime.internal.connections.RedisDriver",
            "mongodb", "dev.shiva.runtime.internal.connections.MongoDriver",
            "s3", "dev.shiva.runtime.internal.connections.S3Driver",
            "rmq", "dev.shiva.runtime.internal.rmq.RmqDriver");

    /** What the generated pom adds for each driver, for the message when it is missing. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "postgres", "io.micronaut.data:micronaut-data-r2dbc, io.r2dbc:r2dbc-pool, org.postgresql:r2dbc-postgresql",
            "redis", "io.micronaut.redis:micronaut-redis-lettuce",
            "mongodb", "io.micronaut.mongodb:micronaut-mongo-reactive",
            "s3", "software.amazon.awssdk:s3",
            "rmq", "com.rabbitmq:amqp-client");

    private Drivers() {}

    /**
     * The driver for {@code spec}, or a start failure naming the connection when the driver is unknown
     * or its client library is not on the class path (the project was generated without it).
     */
    public static Driver forSpec(ConnectionSpec spec) {
        String className = CLASSES.get(spec.driver());
        if (className == null) {
            throw failure(
                    spec,
                    "driver '" + spec.driver() + "' is not one of "
                            + CLASSES.keySet().stream().sorted().toList());
        }
        try {
            return (Driver) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw failure(
                    spec,
                    "the " + spec.driver() + " driver's libraries are not on the class path ("
                            + LIBRARIES.get(spec.driver()) + "); run shiva generate and rebuild");
        }
    }

    private static ServiceStartException failure(ConnectionSpec spec, String what) {
        return new ServiceStartException(
                "connection '" + spec.key() + "': " + what, ServiceStartException.FAILURE, null);
    }
}
