package dev.shiva.runtime;

import com.rabbitmq.client.AMQP;
import io.micronaut.json.JsonMapper;
import java.util.Objects;

/**
 * The message a handler of an rmq dispatcher is processing, available on the handler's thread
 * through {@link #current()}: the queue, the AMQP envelope and properties, and its {@link
 * MessageSettlement} (what a handler under the ack policy {@code manual} settles it with).
 */
public final class RmqContext {

    private static final ThreadLocal<RmqContext> CURRENT = new ThreadLocal<>();

    private final String dispatcher;
    private final String queue;
    private final long deliveryTag;
    private final boolean redelivered;
    private final String routingKey;
    private final AMQP.BasicProperties properties;
    private final MessageSettlement settlement;
    private final JsonMapper paramsMapper;

    /** Created by the runtime for each delivery. Not for user code. */
    public RmqContext(
            String dispatcher,
            String queue,
            long deliveryTag,
            boolean redelivered,
            String routingKey,
            AMQP.BasicProperties properties,
            MessageSettlement settlement) {
        this(dispatcher, queue, deliveryTag, redelivered, routingKey, properties, settlement, null);
    }

    /**
     * Created by the runtime for each delivery; {@code paramsMapper} binds {@link
     * BpmRequest#params(Class)} on this thread (null: a default one). Not for user code.
     */
    public RmqContext(
            String dispatcher,
            String queue,
            long deliveryTag,
            boolean redelivered,
            String routingKey,
            AMQP.BasicProperties properties,
            MessageSettlement settlement,
            JsonMapper paramsMapper) {
        this.paramsMapper = paramsMapper;
        this.dispatcher = dispatcher;
        this.queue = queue;
        this.deliveryTag = deliveryTag;
        this.redelivered = redelivered;
        this.routingKey = routingKey;
        this.properties = properties;
        this.settlement = Objects.requireNonNull(settlement);
    }

    /**
     * The message the calling thread is handling.
     *
     * @throws IllegalStateException outside a handler of an rmq dispatcher
     */
    public static RmqContext current() {
        RmqContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException("RmqContext.current() is only available on the thread of an rmq handler");
        }
        return context;
    }

    /** The context bound to this thread, or null. */
    static RmqContext bound() {
        return CURRENT.get();
    }

    /** Makes {@code context} current on this thread (null clears it). Not for user code. */
    public static void bind(RmqContext context) {
        if (context == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(context);
        }
    }

    /** The dispatcher's identity. */
    public String dispatcher() {
        return dispatcher;
    }

    public String queue() {
        return queue;
    }

    public long deliveryTag() {
        return deliveryTag;
    }

    /** Whether the broker delivered this message before (to this or another consumer). */
    public boolean redelivered() {
        return redelivered;
    }

    /** The AMQP routing key the message was published with (not what it is routed on: that is object.action). */
    public String routingKey() {
        return routingKey;
    }

    public AMQP.BasicProperties properties() {
        return properties;
    }

    public MessageSettlement settlement() {
        return settlement;
    }

    /** What {@link BpmRequest#params(Class)} binds with on this thread; null for the default. */
    JsonMapper paramsMapper() {
        return paramsMapper;
    }
}
