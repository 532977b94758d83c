package dev.shiva.runtime.internal.rmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import dev.shiva.runtime.MessageRejectedException;
import dev.shiva.runtime.ReadinessIndicator;
import dev.shiva.runtime.RmqContext;
import dev.shiva.runtime.RmqProtocol;
import dev.shiva.runtime.RmqReply;
import dev.shiva.runtime.RmqWorker;
import dev.shiva.runtime.RmqWorkers;
import dev.shiva.runtime.ServiceStartException;
import dev.shiva.runtime.UnknownRouteException;
import dev.shiva.runtime.Worker;
import dev.shiva.runtime.internal.config.Secrets;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running rmq dispatcher: its consumers ({@code coro} channels per queue, one consumer each,
 * manual acks), the handling of each message (SEMANTICS §3.2–3.3), its publish channels, and its
 * part of the stop (cancel, drain). Every message takes one path whatever the protocol: the {@link
 * RmqProtocol} decodes it (or rejects it), then dispatches it to the workers; this class counts,
 * retries, settles per ack policy and publishes the protocol's reply.
 */
final class RmqDispatcher implements BpmPublishing {

    private static final Logger LOG = LoggerFactory.getLogger(RmqDispatcher.class);

    private final RmqDispatcherSpec spec;
    private final RmqConnection connection;
    private final RmqProtocol<Object> protocol;
    private final Set<String> knownRoutes;
    private final Map<String, RmqWorker<?>> workers;
    private final Map<String, AckPolicy> workerAck;
    private final Map<String, RetryPolicy> workerRetry;
    private final RmqMeters meters;
    private final BpmJson json;
    private final ConnectionPublishing publishing;
    private final List<QueueConsumer> consumers = new ArrayList<>();
    private final Object inFlightLock = new Object();
    private int inFlight;
    private volatile boolean stopping;

    RmqDispatcher(
            RmqDispatcherSpec spec,
            RmqConnection connection,
            RmqProtocol<?> protocol,
            Map<String, RmqWorker<?>> workers,
            Map<String, AckPolicy> workerAck,
            Map<String, RetryPolicy> workerRetry,
            RmqMeters meters,
            BpmJson json,
            String serviceName) {
        this.spec = spec;
        this.connection = connection;
        @SuppressWarnings("unchecked")
        RmqProtocol<Object> any = (RmqProtocol<Object>) protocol;
        this.protocol = any;
        this.knownRoutes = Set.copyOf(protocol.routes());
        this.workers = Collections.unmodifiableMap(new LinkedHashMap<>(workers));
        Class<?> workerType = protocol.workerType();
        workers.forEach((key, worker) -> {
            if (!workerType.isInstance(worker)) {
                throw new ServiceStartException(
                        "dispatcher '" + spec.identity() + "': worker '" + key + "' ("
                                + worker.getClass().getName()
                                + ") does not implement " + workerType.getName() + ", which proto '" + spec.proto()
                                + "' calls",
                        ServiceStartException.FAILURE,
                        null);
            }
        });
        this.workerAck = Map.copyOf(workerAck);
        this.workerRetry = Map.copyOf(workerRetry);
        this.meters = meters;
        this.json = json;
        this.publishing = new ConnectionPublishing(connection.connection(), spec.exchanges(), serviceName, json);
    }

    RmqDispatcherSpec spec() {
        return spec;
    }

    /** Exchanges, queues, bindings; then the publish channel of the default exchange. */
    void declare() {
        Topology.declare(connection.connection(), spec);
        try {
            publishing.open(spec.defaultExchange().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void startConsuming() throws IOException {
        for (ExchangeSpec exchange : spec.exchanges()) {
            for (QueueSpec queue : exchange.queues()) {
                for (int i = 0; i < queue.coro(); i++) {
                    Channel channel = connection.connection().createChannel();
                    channel.basicQos(queue.prefetch());
                    QueueConsumer consumer = new QueueConsumer(channel, queue);
                    consumer.tag = channel.basicConsume(queue.name(), false, consumer);
                    consumers.add(consumer);
                }
            }
        }
        LOG.info(
                "dispatcher '{}' consumes {} queue(s) with {} consumer(s)",
                spec.identity(),
                queueCount(),
                consumers.size());
    }

    private long queueCount() {
        return spec.exchanges().stream().mapToLong(e -> e.queues().size()).sum();
    }

    /** The first step of a stop: no new deliveries; those already buffered are requeued unhandled. */
    void cancelConsumers() {
        stopping = true;
        for (QueueConsumer consumer : consumers) {
            try {
                String tag = consumer.tag;
                consumer.tag = null;
                if (tag != null && consumer.getChannel().isOpen() && !consumer.cancelledByBroker) {
                    consumer.getChannel().basicCancel(tag);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn(
                        "dispatcher '{}': cancelling a consumer of '{}' failed: {}",
                        spec.identity(),
                        consumer.queue.name(),
                        e.getMessage());
            }
        }
    }

    /** Waits until no handler runs or the deadline passes; true when idle. */
    boolean awaitIdle(long deadlineNanos) {
        synchronized (inFlightLock) {
            while (inFlight > 0) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    LOG.warn(
                            "dispatcher '{}': {} handler(s) still running after the grace period; their messages go"
                                    + " back to the queue when the channels close",
                            spec.identity(),
                            inFlight);
                    return false;
                }
                try {
                    inFlightLock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Closes the consumer and publish channels (the connection is closed by its owner). */
    void close() {
        for (QueueConsumer consumer : consumers) {
            try {
                if (consumer.getChannel().isOpen()) {
                    consumer.getChannel().close();
                }
            } catch (IOException | TimeoutException | RuntimeException e) {
                LOG.debug("closing a channel of '{}' failed", consumer.queue.name(), e);
            }
        }
        publishing.close();
    }

    /** Ready while every consumer's channel is open and the broker has not cancelled it. */
    ReadinessIndicator readiness() {
        return new ReadinessIndicator() {
            @Override
            public String name() {
                return "consumers " + spec.identity();
            }

            @Override
            public boolean isReady() {
                for (QueueConsumer consumer : consumers) {
                    if (consumer.cancelledByBroker || !consumer.getChannel().isOpen()) {
                        return false;
                    }
                }
                return connection.isReady();
            }
        };
    }

    private final class QueueConsumer extends DefaultConsumer {
        final QueueSpec queue;
        volatile String tag;
        volatile boolean cancelledByBroker;

        QueueConsumer(Channel channel, QueueSpec queue) {
            super(channel);
            this.queue = queue;
        }

        @Override
        public void handleDelivery(
                String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            deliver(this, envelope, properties, body);
        }

        @Override
        public void handleCancel(String consumerTag) {
            cancelledByBroker = true;
            LOG.warn(
                    "dispatcher '{}': the broker cancelled the consumer of queue '{}' (deleted?)",
                    spec.identity(),
                    queue.name());
        }
    }

    private void deliver(QueueConsumer consumer, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
        Channel channel = consumer.getChannel();
        long tag = envelope.getDeliveryTag();
        if (stopping) {
            try {
                channel.basicReject(tag, true); // buffered before the cancel: back to the queue, unhandled
            } catch (IOException | RuntimeException e) {
                LOG.debug("requeueing delivery {} failed; the broker requeues it when the channel closes", tag, e);
            }
            return;
        }
        synchronized (inFlightLock) {
            inFlight++;
        }
        Settlement settlement = new Settlement(channel, tag, meters, consumer.queue.name());
        try {
            RmqContext.bind(new RmqContext(
                    spec.identity(),
                    consumer.queue.name(),
                    tag,
                    envelope.isRedeliver(),
                    envelope.getRoutingKey(),
                    properties,
                    settlement,
                    json.paramsMapper()));
            handle(consumer.queue, envelope, properties, body, settlement);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // NOPMD: the consumer must never die
            LOG.error(
                    "dispatcher '{}' queue '{}' delivery {}: unexpected failure",
                    spec.identity(),
                    consumer.queue.name(),
                    tag,
                    e);
            if (!settlement.isSettled()) {
                try {
                    settlement.requeue("internal");
                } catch (RuntimeException again) {
                    LOG.debug("requeue after the failure failed too", again);
                }
            }
        } finally {
            RmqContext.bind(null);
            synchronized (inFlightLock) {
                inFlight--;
                inFlightLock.notifyAll();
            }
        }
    }

    private void handle(
            QueueSpec queue, Envelope envelope, AMQP.BasicProperties properties, byte[] body, Settlement settlement) {
        long tag = envelope.getDeliveryTag();
        Object message;
        String messageId;
        String routeKey;
        try {
            message = protocol.decode(body, properties, envelope);
            if (message == null) {
                throw new MessageRejectedException("decode_error", "the protocol decoded no message (null)");
            }
            messageId = protocol.messageId(message);
            routeKey = protocol.route(message);
        } catch (MessageRejectedException e) {
            consumed(queue, RmqMeters.INVALID_ROUTE, settlement);
            reject(queue, tag, e.messageId(), null, e, settlement, null);
            return;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // NOPMD: a protocol's bug would otherwise requeue the message forever
            consumed(queue, RmqMeters.INVALID_ROUTE, settlement);
            reject(queue, tag, null, null, new MessageRejectedException("decode_error", describe(e)), settlement, e);
            return;
        }
        String route = routeKey == null
                ? RmqMeters.ALL_ROUTE
                : knownRoutes.contains(routeKey) ? routeKey : RmqMeters.UNKNOWN_ROUTE;
        String routeText = routeKey == null ? RmqMeters.ALL_ROUTE : routeKey;
        consumed(queue, route, settlement);
        Timer.Sample sample = Timer.start();
        Outcome outcome = dispatch(queue, message, routeText, settlement);
        sample.stop(meters.handler(queue.name(), route));
        if (outcome.rejection != null) {
            if (!settlement.isSettled()) {
                reject(queue, tag, messageId, routeText, outcome.rejection, settlement, null);
                return;
            }
            outcome = new Outcome(null, outcome.rejection, null, outcome.policy); // acked first: a failure
        }
        if (outcome.failure == null && outcome.result != null) {
            try {
                RmqReply reply = protocol.reply(message, outcome.result);
                if (reply != null) {
                    publishReply(reply);
                }
            } catch (RuntimeException | IOException e) {
                outcome = new Outcome(null, e, null, outcome.policy);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = new Outcome(null, e, null, outcome.policy);
            }
        }
        if (outcome.failure == null) {
            if (outcome.policy != AckPolicy.MANUAL && !settlement.isSettled()) {
                settlement.ack();
            }
            return;
        }
        meters.failed(queue.name(), route);
        String where = "dispatcher '" + spec.identity() + "' queue '" + queue.name() + "' delivery " + tag
                + (messageId == null ? "" : " (message_id " + messageId + ")") + " route " + routeText;
        String failure = describe(outcome.failure);
        switch (outcome.policy) {
            case ACK_FIRST ->
                LOG.error(
                        "{}: handler failed, message was acked before (ack-first): {}",
                        where,
                        failure,
                        outcome.failure);
            case ACK -> {
                LOG.error("{}: handler failed, acking anyway (ack): {}", where, failure, outcome.failure);
                if (!settlement.isSettled()) {
                    settlement.ack();
                }
            }
            case REJECT_ON_ERROR -> {
                LOG.error(
                        "{}: handler failed, rejecting without requeue (reject-on-error): {}",
                        where,
                        failure,
                        outcome.failure);
                if (!settlement.isSettled()) {
                    settlement.reject("handler_error");
                }
            }
            case NACK_ON_ERROR -> {
                LOG.error("{}: handler failed, requeueing (nack-on-error): {}", where, failure, outcome.failure);
                if (!settlement.isSettled()) {
                    settlement.requeue("handler_error");
                }
            }
            case MANUAL ->
                LOG.error(
                        "{}: handler failed; ack policy manual leaves the message to the handler{}: {}",
                        where,
                        settlement.isSettled() ? "" : " (it is not settled)",
                        failure,
                        outcome.failure);
        }
    }

    /**
     * What dispatching a message came to: a result (maybe null), a handler failure, or a rejection;
     * and the ack policy that applies.
     */
    private record Outcome(Object result, Throwable failure, MessageRejectedException rejection, AckPolicy policy) {}

    /**
     * The protocol's dispatch, called again after a failure up to the retry of the entry the protocol
     * reached (not when it fanned out with {@code each}, which retries each worker's call itself).
     */
    private Outcome dispatch(QueueSpec queue, Object message, String routeText, Settlement settlement) {
        Reach reach = new Reach(queue, settlement, routeText);
        for (int attempt = 1; ; attempt++) {
            Throwable failure;
            try {
                Object result = protocol.dispatch(message, reach);
                return new Outcome(result, null, null, reach.messagePolicy());
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) { // NOPMD: a handler's failure, whatever it is, follows the ack policy
                failure = e;
            }
            MessageRejectedException rejection = rejection(failure);
            if (rejection != null) {
                return new Outcome(null, null, rejection, reach.messagePolicy());
            }
            RetryPolicy retry = reach.messageRetry();
            if (reach.retriedEach
                    || attempt >= retry.attempts()
                    || !pauseBeforeRetry(queue, routeText, attempt, retry, failure)) {
                return new Outcome(null, failure, null, reach.messagePolicy());
            }
        }
    }

    /** The rejection {@code failure} means: a MessageRejectedException or UnknownRouteException in its causes. */
    private static MessageRejectedException rejection(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            if (cause instanceof MessageRejectedException rejected) {
                return rejected;
            }
            if (cause instanceof UnknownRouteException unknown) {
                return new MessageRejectedException("unknown_route", unknown.getMessage());
            }
        }
        return null;
    }

    /** How the protocol reaches the workers for one message, and what that makes the ack policy and retry. */
    private final class Reach implements RmqWorkers {
        private final QueueSpec queue;
        private final Settlement settlement;
        private final String routeText;
        private String entry; // the first entry looked up by key: the message's handler
        private boolean all; // all() or each(): the queue's policy and retry
        private boolean retriedEach;

        Reach(QueueSpec queue, Settlement settlement, String routeText) {
            this.queue = queue;
            this.settlement = settlement;
            this.routeText = routeText;
        }

        @Override
        public <W extends Worker<?>> W worker(String key, Class<W> type) {
            RmqWorker<?> worker = worker(key);
            return worker == null ? null : type.cast(worker);
        }

        @Override
        public RmqWorker<?> worker(String key) {
            RmqWorker<?> worker = workers.get(key);
            if (worker != null) {
                if (entry == null) {
                    entry = key;
                }
                if (policy(key, queue) == AckPolicy.ACK_FIRST && !settlement.isSettled()) {
                    settlement.ack();
                }
            }
            return worker;
        }

        @Override
        public Map<String, RmqWorker<?>> all() {
            reachAll();
            return workers;
        }

        @Override
        public <T> void each(Class<T> type, Call<? super T> call) throws Exception {
            reachAll();
            retriedEach = true;
            Throwable first = null;
            for (Map.Entry<String, RmqWorker<?>> each : workers.entrySet()) {
                RmqWorker<?> worker = each.getValue();
                RetryPolicy retry = retry(each.getKey(), queue);
                for (int attempt = 1; ; attempt++) {
                    try {
                        if (!type.isInstance(worker)) {
                            throw new ClassCastException("worker '" + each.getKey() + "' ("
                                    + worker.getClass().getName() + ") is not a " + type.getName());
                        }
                        call.call(type.cast(worker));
                        break;
                    } catch (VirtualMachineError e) {
                        throw e;
                    } catch (Throwable e) { // NOPMD: as in dispatch
                        boolean rejected = rejection(e) != null;
                        if (rejected
                                || attempt >= retry.attempts()
                                || !pauseBeforeRetry(queue, routeText, attempt, retry, e)) {
                            if (!rejected) {
                                LOG.error(
                                        "dispatcher '{}': worker '{}' failed on a message of queue '{}': {}",
                                        spec.identity(),
                                        worker.name(),
                                        queue.name(),
                                        describe(e),
                                        e);
                            }
                            first = first == null ? e : first;
                            break;
                        }
                    }
                }
            }
            if (first instanceof Exception exception) {
                throw exception;
            }
            if (first instanceof Error error) {
                throw error;
            }
        }

        private void reachAll() {
            if (!all) {
                all = true;
                if (queue.ack().orElse(AckPolicy.DEFAULT) == AckPolicy.ACK_FIRST && !settlement.isSettled()) {
                    settlement.ack();
                }
            }
        }

        AckPolicy messagePolicy() {
            return all ? queue.ack().orElse(AckPolicy.DEFAULT) : policy(entry, queue);
        }

        RetryPolicy messageRetry() {
            return all ? queue.retry().orElse(RetryPolicy.NONE) : retry(entry, queue);
        }
    }

    /** Logs the failed attempt and sleeps the retry delay; false when interrupted (no more retries). */
    private boolean pauseBeforeRetry(QueueSpec queue, String routeText, int attempt, RetryPolicy retry, Throwable e) {
        LOG.warn(
                "dispatcher '{}' queue '{}' route {}: attempt {} of {} failed: {}; retrying in {} ms",
                spec.identity(),
                queue.name(),
                routeText,
                attempt,
                retry.attempts(),
                describe(e),
                retry.delayMs());
        try {
            Thread.sleep(retry.delayMs());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private AckPolicy policy(String workerKey, QueueSpec queue) {
        AckPolicy own = workerKey == null ? null : workerAck.get(workerKey);
        return own != null ? own : queue.ack().orElse(AckPolicy.DEFAULT);
    }

    private RetryPolicy retry(String workerKey, QueueSpec queue) {
        RetryPolicy own = workerKey == null ? null : workerRetry.get(workerKey);
        return own != null ? own : queue.retry().orElse(RetryPolicy.NONE);
    }

    private void consumed(QueueSpec queue, String route, Settlement settlement) {
        settlement.route(route);
        meters.consumed(queue.name(), route);
    }

    /** Rejects without requeue: one WARN line, {@code rejected{reason}}. */
    private void reject(
            QueueSpec queue,
            long tag,
            String messageId,
            String routeText,
            MessageRejectedException rejection,
            Settlement settlement,
            Throwable bug) {
        String id = messageId != null ? messageId : rejection.messageId();
        String line = "dispatcher '" + spec.identity() + "' queue '" + queue.name() + "' delivery " + tag
                + (id == null ? "" : " (message_id " + id + ")")
                + (routeText == null ? "" : " route " + routeText)
                + ": rejected (" + rejection.reason() + "): " + Secrets.redact(rejection.getMessage());
        if (bug == null) {
            LOG.warn(line);
        } else {
            LOG.warn(line, bug);
        }
        if (!settlement.isSettled()) {
            settlement.reject(rejection.reason());
        }
    }

    private void publishReply(RmqReply reply) throws IOException, InterruptedException {
        String exchange = reply.exchange() == null ? spec.defaultExchange().name() : reply.exchange();
        publishing.publishRaw(exchange, reply.routingKey(), reply.properties(), reply.body());
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
        return publishing.publish(exchangeName, systemTo, object, action, params, referenceId, routingKey);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": "
                        + message.strip().lines().findFirst().orElse("");
        return Secrets.redact(text);
    }
}
