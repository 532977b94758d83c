package dev.shiva.runtime.support;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The local RabbitMQ for tests: unique names, publishing, reading, and deleting what a test declared. */
public final class Broker implements AutoCloseable {

    public static final String DSN = "amqp://guest:guest@127.0.0.1:5672/%2F";

    private final Connection connection;
    private final Channel channel;
    private final List<String> queues = new ArrayList<>();
    private final List<String> exchanges = new ArrayList<>();

    public Broker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(DSN);
        connection = factory.newConnection("shiva-test");
        channel = connection.createChannel();
    }

    public static String unique(String prefix) {
        return "shiva-test-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Channel channel() {
        return channel;
    }

    /** Remembers a name the service will declare, so that close() deletes it. */
    public String queueName(String prefix) {
        String name = unique(prefix);
        queues.add(name);
        return name;
    }

    public String exchangeName(String prefix) {
        String name = unique(prefix);
        exchanges.add(name);
        return name;
    }

    /** A fanout dead-letter exchange and its queue; returns the queue. */
    public String deadLetter(String exchange) throws Exception {
        channel.exchangeDeclare(exchange, "fanout");
        String queue = queueName("dlq");
        channel.queueDeclare(queue, false, false, false, null);
        channel.queueBind(queue, exchange, "");
        return queue;
    }

    /** A queue that captures what is published to {@code exchange} with {@code key}. */
    public String capture(String exchange, String key) throws Exception {
        String queue = queueName("capture");
        channel.queueDeclare(queue, false, false, false, null);
        channel.queueBind(queue, exchange, key);
        return queue;
    }

    public void publish(String exchange, String key, String body) throws Exception {
        channel.basicPublish(exchange, key, null, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The next message of {@code queue} (acked), or null after {@code timeout}. */
    public GetResponse get(String queue, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            GetResponse response = channel.basicGet(queue, true);
            if (response != null) {
                return response;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return null;
    }

    public static String text(GetResponse response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    public long depth(String queue) throws Exception {
        return channel.queueDeclarePassive(queue).getMessageCount();
    }

    public int consumers(String queue) throws Exception {
        return channel.queueDeclarePassive(queue).getConsumerCount();
    }

    @Override
    public void close() throws Exception {
        for (String queue : queues) {
            try {
                channel.queueDelete(queue);
            } catch (Exception e) {
                // already gone
            }
        }
        for (String exchange : exchanges) {
            try {
                channel.exchangeDelete(exchange);
            } catch (Exception e) {
                // already gone
            }
        }
        connection.close();
    }
}
