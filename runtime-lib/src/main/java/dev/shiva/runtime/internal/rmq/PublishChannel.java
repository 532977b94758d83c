package dev.shiva.runtime.internal.rmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * A channel dedicated to publishing, in confirm mode when asked. Publishes are serialized (one
 * publish and its confirm at a time), which keeps the confirm of each call its own. A channel the
 * broker closed (a publish to a missing exchange) or whose confirm timed out is replaced by a new
 * one on the next publish.
 *
 * <p>With {@code mandatory} ({@code config_channel.on_return_raises}) every publish is mandatory and
 * waits for its confirm even when confirms are off: the broker returns a message no queue takes
 * (basic.return) before it confirms it, on the same channel, so once the confirm is in, a return
 * has been seen if there was one, and the publish fails instead of the message vanishing.
 */
final class PublishChannel {

    static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final Connection connection;
    private final boolean confirms;
    private final boolean mandatory;
    private Channel channel;
    private volatile String returned; // why the broker returned the publish in flight, if it did

    PublishChannel(Connection connection, boolean confirms, boolean mandatory) {
        this.connection = connection;
        this.confirms = confirms || mandatory;
        this.mandatory = mandatory;
    }

    synchronized void open() throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = connection.createChannel();
            if (channel == null) {
                throw new IOException("the connection has no free channel");
            }
            if (confirms) {
                channel.confirmSelect();
            }
            if (mandatory) {
                channel.addReturnListener(back -> returned = back.getReplyCode() + " " + back.getReplyText()
                        + " (routing key '" + back.getRoutingKey() + "')");
            }
        }
    }

    synchronized void publish(String exchange, String routingKey, AMQP.BasicProperties properties, byte[] body)
            throws IOException, InterruptedException {
        open();
        returned = null;
        channel.basicPublish(exchange, routingKey, mandatory, properties, body);
        if (!confirms) {
            return;
        }
        try {
            if (!channel.waitForConfirms(CONFIRM_TIMEOUT.toMillis())) {
                throw new IOException("the broker did not accept the message (nack) for exchange '" + exchange + "'");
            }
            String back = returned;
            if (back != null) {
                throw new IOException("no queue took the message: exchange '" + exchange + "' returned it, " + back
                        + "; config_channel.on_return_raises is on");
            }
        } catch (TimeoutException e) {
            closeQuietly(); // its pending confirm would count for the next publish
            throw new IOException(
                    "no publisher confirm within " + CONFIRM_TIMEOUT.toSeconds() + " s for exchange '" + exchange + "'",
                    e);
        } catch (com.rabbitmq.client.ShutdownSignalException e) {
            throw new IOException("the channel closed while publishing to '" + exchange + "': " + e.getMessage(), e);
        }
    }

    synchronized void closeQuietly() {
        if (channel != null && channel.isOpen()) {
            try {
                channel.close();
            } catch (IOException | TimeoutException | RuntimeException e) {
                // closing anyway
            }
        }
        channel = null;
    }
}
