package dev.shiva.runtime.internal.rmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Method;
import com.rabbitmq.client.ShutdownSignalException;
import dev.shiva.runtime.ServiceStartException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Declares a dispatcher's exchanges, queues and bindings, in config.yml's order. A declaration the
 * broker refuses (a queue that exists with other arguments: PRECONDITION_FAILED; a passive one that
 * does not exist: NOT_FOUND) stops the start with one line naming it and what to do.
 */
final class Topology {

    private Topology() {}

    static void declare(Connection connection, RmqDispatcherSpec spec) {
        Channel channel = open(connection, spec);
        try {
            for (ExchangeSpec exchange : spec.exchanges()) {
                String what = "exchange '" + exchange.name() + "'";
                try {
                    if (exchange.passive()) {
                        channel.exchangeDeclarePassive(exchange.name());
                    } else {
                        channel.exchangeDeclare(
                                exchange.name(),
                                exchange.type(),
                                exchange.durable(),
                                exchange.autoDelete(),
                                exchange.internal(),
                                exchange.arguments());
                    }
                } catch (IOException e) {
                    throw refused(spec, what, e);
                }
                for (QueueSpec queue : exchange.queues()) {
                    String queueWhat = "queue '" + queue.name() + "'";
                    try {
                        if (queue.passive()) {
                            channel.queueDeclarePassive(queue.name());
                        } else {
                            channel.queueDeclare(
                                    queue.name(),
                                    queue.durable(),
                                    queue.exclusive(),
                                    queue.autoDelete(),
                                    queue.arguments());
                        }
                        for (String binding : queue.bindings()) {
                            channel.queueBind(queue.name(), exchange.name(), binding);
                        }
                    } catch (IOException e) {
                        throw refused(spec, queueWhat, e);
                    }
                }
            }
        } finally {
            try {
                if (channel.isOpen()) {
                    channel.close();
                }
            } catch (IOException | TimeoutException | RuntimeException e) {
                // the declarations are done or failed; the channel does not matter any more
            }
        }
    }

    private static Channel open(Connection connection, RmqDispatcherSpec spec) {
        try {
            return connection.createChannel();
        } catch (IOException e) {
            throw new ServiceStartException(
                    "dispatcher '" + spec.identity() + "': cannot open a channel: " + e.getMessage(),
                    ServiceStartException.FAILURE,
                    e);
        }
    }

    private static ServiceStartException refused(RmqDispatcherSpec spec, String what, IOException e) {
        String reply = e.getMessage();
        int code = 0;
        if (e.getCause() instanceof ShutdownSignalException signal) {
            Method reason = signal.getReason();
            if (reason instanceof AMQP.Channel.Close close) {
                reply = close.getReplyText();
                code = close.getReplyCode();
            } else if (reason instanceof AMQP.Connection.Close close) {
                reply = close.getReplyText();
                code = close.getReplyCode();
            }
        }
        String advice =
                switch (code) {
                    case AMQP.PRECONDITION_FAILED ->
                        what + " exists with other settings (" + reply + "); delete the "
                                + (what.startsWith("queue") ? "queue" : "exchange") + " or align config.yml with it";
                    case AMQP.NOT_FOUND ->
                        what + " does not exist (" + reply + "); with passive: true it must exist already";
                    case AMQP.ACCESS_REFUSED -> what + ": access refused (" + reply + "); check the user's permissions";
                    default -> what + " could not be declared: " + reply;
                };
        return new ServiceStartException(
                "dispatcher '" + spec.identity() + "': " + advice, ServiceStartException.FAILURE, e);
    }
}
