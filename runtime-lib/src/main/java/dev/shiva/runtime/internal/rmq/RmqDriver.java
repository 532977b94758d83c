package dev.shiva.runtime.internal.rmq;

import dev.shiva.runtime.RoutedPublisher;
import dev.shiva.runtime.internal.config.Secrets;
import dev.shiva.runtime.internal.connections.ConnectionSpec;
import dev.shiva.runtime.internal.connections.Driver;
import dev.shiva.runtime.internal.connections.OpenConnection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Driver {@code rmq}: one AMQP connection ({@code config.dsn}, an amqp URI with the vhost), used by
 * the rmq dispatchers that name it and, as a {@link RoutedPublisher}, by workers that list it in
 * {@code depends}. Its readiness is the connection's state (automatic recovery keeps it coming back).
 */
public final class RmqDriver implements Driver {

    @Override
    public String name() {
        return "rmq";
    }

    @Override
    public Class<?> handleType() {
        return RoutedPublisher.class;
    }

    @Override
    public String target(ConnectionSpec spec) {
        String dsn = spec.config().string("dsn");
        try {
            URI uri = new URI(dsn);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getHost() + ":" + (uri.getPort() < 0 ? 5672 : uri.getPort()) + path;
        } catch (URISyntaxException e) {
            return Secrets.redact(dsn);
        }
    }

    @Override
    public Map<String, Object> contextProperties(ConnectionSpec spec) {
        spec.config().string("dsn"); // a missing dsn is reported, located, before anything starts
        return Map.of();
    }

    @Override
    public OpenConnection open(ConnectionSpec spec, ApplicationContext context, Duration timeout) throws Exception {
        RmqConnectionPlan plan = context.findBean(RmqConnectionPlan.class)
                .orElseGet(() -> new RmqConnectionPlan(
                        context.getProperty("micronaut.application.name", String.class)
                                .orElse("shiva"),
                        Map.of(),
                        Map.of()));
        RmqConnection connection = RmqConnection.open(
                spec.key(), spec.config().string("dsn"), plan.serviceName(), plan.threads(spec.key()), timeout);
        List<ExchangeSpec> exchanges = plan.exchanges(spec.key());
        ConnectionPublishing publishing = new ConnectionPublishing(
                connection.connection(),
                exchanges,
                plan.serviceName(),
                new BpmJson(context.findBean(JsonMapper.class)));
        return new Open(connection, publishing);
    }

    /** An open rmq connection: the dispatchers take {@link #connection()}, workers the publisher. */
    public static final class Open implements OpenConnection, dev.shiva.runtime.ReadinessIndicator {
        private final RmqConnection connection;
        private final ConnectionPublishing publishing;
        private final RoutedPublisher publisher;

        Open(RmqConnection connection, ConnectionPublishing publishing) {
            this.connection = connection;
            this.publishing = publishing;
            this.publisher = new RoutedPublisher(publishing, publishing.defaultExchange());
        }

        RmqConnection connection() {
            return connection;
        }

        @Override
        public Object handle() {
            return publisher;
        }

        @Override
        public boolean probe(Duration timeout) {
            return connection.isReady();
        }

        @Override
        public String name() {
            return connection.name();
        }

        /** The socket's state, live: readiness drops the moment the broker closes the connection. */
        @Override
        public boolean isReady() {
            return connection.isReady();
        }

        @Override
        public void close() {
            publishing.close();
            connection.close();
        }
    }
}
