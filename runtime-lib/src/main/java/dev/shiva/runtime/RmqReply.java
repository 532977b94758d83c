package dev.shiva.runtime;

import com.rabbitmq.client.AMQP;
import java.util.Objects;

/**
 * A message an {@link RmqProtocol} publishes in answer to the one it dispatched (what {@link
 * RmqProtocol#reply} returns). The dispatcher publishes it with publisher confirms <b>before</b> it
 * acks the request, as it does BPM replies; a reply that cannot be published is a handler failure.
 *
 * @param exchange the exchange; null for the dispatcher's default (first) exchange, {@code ""} for
 *     the broker's default exchange (routing key = a queue name, e.g. the request's {@code reply_to})
 * @param routingKey the routing key
 * @param properties the AMQP properties; null for none except the delivery mode (persistent when the
 *     exchange is a durable exchange of config.yml or not one of config.yml)
 * @param body the body
 */
public record RmqReply(String exchange, String routingKey, AMQP.BasicProperties properties, byte[] body) {

    public RmqReply {
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(body, "body");
    }

    /** A reply to the dispatcher's default exchange without properties. */
    public static RmqReply of(String routingKey, byte[] body) {
        return new RmqReply(null, routingKey, null, body);
    }
}
