package dev.shiva.it;

import com.rabbitmq.client.Channel;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The exchanges and queues of one rmq it-project, named uniquely per run so tests never share
 * broker state, with what the test's own peer declares (the dead-letter exchange and queue, and a
 * queue that collects the service's replies) and the cleanup of all of them.
 */
record RmqTopology(String id, String exchange, String queue, String deadLetters, String deadQueue, String replies) {

    /** Names prefixed {@code it.<scope>.}, with a fresh 8-character id. */
    static RmqTopology unique(String scope) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String prefix = "it." + scope + ".";
        return new RmqTopology(
                id,
                prefix + "esb." + id,
                prefix + "orders." + id,
                prefix + "dlx." + id,
                prefix + "dead." + id,
                prefix + "replies." + id);
    }

    /**
     * Declares the service's exchange as the service does (so a reply queue can bind before it
     * starts), the dead-letter exchange and queue, and the reply queue bound to {@code replyKey}.
     */
    void declarePeers(Channel channel, boolean durableExchange, String replyKey) throws Exception {
        channel.exchangeDeclare(exchange, "topic", durableExchange, false, null);
        channel.exchangeDeclare(deadLetters, "fanout", false, false, null);
        channel.queueDeclare(deadQueue, false, false, false, null);
        channel.queueBind(deadQueue, deadLetters, "");
        channel.queueDeclare(replies, false, false, false, null);
        channel.queueBind(replies, exchange, replyKey);
    }

    /** Declares the work queue as a durable service declares it, so messages can wait for it. */
    void declareDurableWorkQueue(Channel channel, String bindingKey) throws Exception {
        channel.queueDeclare(queue, true, false, false, Map.of("x-dead-letter-exchange", deadLetters));
        channel.queueBind(queue, exchange, bindingKey);
    }

    void cleanUp(Channel channel) throws Exception {
        for (String name : List.of(queue, deadQueue, replies)) {
            channel.queueDelete(name);
        }
        for (String name : List.of(exchange, deadLetters)) {
            channel.exchangeDelete(name);
        }
    }
}
