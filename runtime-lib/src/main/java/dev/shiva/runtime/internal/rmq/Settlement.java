package dev.shiva.runtime.internal.rmq;

import com.rabbitmq.client.Channel;
import dev.shiva.runtime.MessageSettlement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;

/** The settlement of one delivery on its channel: at most once, counted in the meters. */
final class Settlement implements MessageSettlement {

    private final Channel channel;
    private final long tag;
    private final RmqMeters meters;
    private final String queue;
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile String route = RmqMeters.INVALID_ROUTE;

    Settlement(Channel channel, long tag, RmqMeters meters, String queue) {
        this.channel = channel;
        this.tag = tag;
        this.meters = meters;
        this.queue = queue;
    }

    void route(String route) {
        this.route = route;
    }

    @Override
    public void ack() {
        claim();
        io(() -> channel.basicAck(tag, false));
        meters.acked(queue, route);
    }

    @Override
    public void reject() {
        reject("handler");
    }

    @Override
    public void requeue() {
        requeue("handler");
    }

    void reject(String reason) {
        claim();
        meters.rejected(queue, route, reason);
        io(() -> channel.basicReject(tag, false));
    }

    void requeue(String reason) {
        claim();
        meters.rejected(queue, route, reason);
        io(() -> channel.basicNack(tag, false, true));
    }

    @Override
    public boolean isSettled() {
        return settled.get();
    }

    private void claim() {
        if (!settled.compareAndSet(false, true)) {
            throw new IllegalStateException("delivery " + tag + " of queue '" + queue + "' is already settled");
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.rabbitmq.client.AlreadyClosedException e) {
            throw new UncheckedIOException(new IOException("the channel is closed: " + e.getMessage(), e));
        }
    }
}
