package dev.shiva.runtime.internal.rmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Connection;
import io.netty.util.internal.ThreadExecutorMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BPM publishing (SEMANTICS §8.3) on one AMQP connection: a confirm channel per exchange config.yml
 * declares on it (confirms as its {@code config_channel.publisher_confirms} says, persistence as its
 * {@code durable} says, {@code system_from} from its {@code routing.system}), and one confirm
 * channel for every other exchange (persistent messages, {@code system_from} the service name).
 * What a {@code depends: {esb: [rmq]}} handle publishes through.
 */
public final class ConnectionPublishing implements BpmPublishing {

    private final Map<String, ExchangeSpec> exchanges = new LinkedHashMap<>();
    private final Map<String, PublishChannel> channels = new LinkedHashMap<>();
    private final PublishChannel otherExchanges;
    private final String serviceName;
    private final BpmJson json;

    ConnectionPublishing(Connection connection, List<ExchangeSpec> declared, String serviceName, BpmJson json) {
        for (ExchangeSpec exchange : declared) {
            exchanges.putIfAbsent(exchange.name(), exchange);
            channels.putIfAbsent(
                    exchange.name(),
                    new PublishChannel(connection, exchange.publisherConfirms(), exchange.onReturnRaises()));
        }
        this.otherExchanges = new PublishChannel(connection, true, false);
        this.serviceName = serviceName;
        this.json = json;
    }

    /** Opens the publish channel of a declared exchange now, so that a refusal shows at start. */
    void open(String exchange) throws IOException {
        channels.get(exchange).open();
    }

    /**
     * Publishes a body as it is (a reply a protocol built) and waits for the confirm; without
     * {@code properties}, persistent when the exchange is durable or not declared here.
     */
    void publishRaw(String exchangeName, String routingKey, AMQP.BasicProperties properties, byte[] body)
            throws IOException, InterruptedException {
        ExchangeSpec exchange = exchanges.get(exchangeName);
        AMQP.BasicProperties props = properties != null
                ? properties
                : new AMQP.BasicProperties.Builder()
                        .deliveryMode(exchange == null || exchange.durable() ? 2 : null)
                        .build();
        PublishChannel channel = exchange == null ? otherExchanges : channels.get(exchangeName);
        channel.publish(exchangeName, routingKey, props, body);
    }

    /** The first exchange config.yml declares on the connection, else the AMQP default exchange "". */
    String defaultExchange() {
        return exchanges.keySet().stream().findFirst().orElse("");
    }

    @Override
    public String publish(
            String exchangeName,
            String systemTo,
            String object,
            String action,
            Map<String, ?> params,
            String referenceId,
            String routingKey) {
        requireNotEventLoop();
        ExchangeSpec exchange = exchanges.get(exchangeName);
        String system = exchange != null && exchange.system().isPresent()
                ? exchange.system().get()
                : serviceName;
        byte[] body = json.message(system, systemTo, object, action, referenceId, params);
        PublishChannel channel = exchange == null ? otherExchanges : channels.get(exchangeName);
        try {
            channel.publish(exchangeName, routingKey, properties(exchange == null || exchange.durable()), body);
        } catch (IOException e) {
            throw new UncheckedIOException("publishing to '" + exchangeName + "' failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while waiting for the publisher confirm", e));
        }
        return messageIdOf(body);
    }

    static String messageIdOf(byte[] body) {
        try {
            return String.valueOf(BpmJson.parseObject(body).get("message_id"));
        } catch (BpmJson.InvalidMessage e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A publish that waits for the broker's confirm cannot run on a Netty event loop: it would stall
     * every connection of that loop (and Micronaut's HTTP server runs on those loops).
     */
    static void requireNotEventLoop() {
        if (ThreadExecutorMap.currentExecutor() != null) {
            throw new IllegalStateException("RoutedPublisher.publish waits for the broker's confirm and cannot run on a"
                    + " Netty event-loop thread (" + Thread.currentThread().getName() + "); run the caller on another"
                    + " executor, e.g. @ExecuteOn(TaskExecutors.BLOCKING)");
        }
    }

    static AMQP.BasicProperties properties(boolean persistent) {
        return new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(persistent ? 2 : null)
                .build();
    }

    void close() {
        channels.values().forEach(PublishChannel::closeQuietly);
        otherExchanges.closeQuietly();
    }
}
