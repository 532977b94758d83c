package dev.shiva.runtime.internal.connections;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;

/**
 * What one {@code driver:} value of config.yml means to the runtime. A driver class is loaded only
 * when config.yml uses its driver (see {@link Drivers}), so a service links only the client
 * libraries its connections need.
 */
public interface Driver {

    /** The {@code driver:} value: {@code postgres}, {@code redis}, {@code mongodb}, {@code s3}, {@code rmq}. */
    String name();

    /** The type of the handle {@link OpenConnection#handle()} returns, which generated accessors declare. */
    Class<?> handleType();

    /**
     * Where the connection goes, for messages and logs: {@code 127.0.0.1:5432/orders}, {@code
     * http://127.0.0.1:9000 bucket invoices}. Never a password or a secret key.
     */
    String target(ConnectionSpec spec);

    /**
     * The Micronaut properties that configure the connection's beans (for example {@code
     * r2dbc.datasources.<bean name>.url}), added to the context before it starts. Values are taken
     * from {@code spec.config()}; a missing or misfit value is a {@link dev.shiva.runtime.ConfigException}
     * with its config.yml location. Passwords go in as they are: the properties are never logged.
     */
    Map<String, Object> contextProperties(ConnectionSpec spec);

    /**
     * Makes the connection and proves it works (a round trip: {@code SELECT 1}, {@code PING}, a Mongo
     * {@code ping}, a bucket HEAD, the AMQP handshake) within {@code timeout}, then does the driver's
     * start-up work (Mongo indexes). Beans configured by {@link #contextProperties} are taken from
     * {@code context}.
     *
     * @throws Exception any failure: the caller turns it into the one-line start failure, with the
     *     password masked
     */
    OpenConnection open(ConnectionSpec spec, ApplicationContext context, Duration timeout) throws Exception;
}
