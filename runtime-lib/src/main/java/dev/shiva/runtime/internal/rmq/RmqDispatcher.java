package dev.shiva.runtime.internal.rmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import dev.shiva.runtime.BpmRequest;
import dev.shiva.runtime.ReadinessIndicator;
import dev.shiva.runtime.RmqContext;
import dev.shiva.runtime.RmqWorker;
import dev.shiva.runtime.RouteTable;
import dev.shiva.runtime.UnknownRouteException;
import dev.shiva.runtime.Worker;
import dev.shiva.runtime.WorkerLookup;
import dev.shiva.runtime.internal.config.Secrets;
import io.micrometer.core.instrument.Timer;
import io.netty.util.internal.ThreadExecutorMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running rmq dispatcher: its consumers ({@code coro} channels per queue, one consumer each,
 * manual acks), the handling of each message (SEMANTICS §3.2–3.3: parse, route or fan out, retry,
 * settle per ack policy, reply), its publish channels, and its part of the stop (cancel, drain).
 */
final class RmqDispatcher implements BpmPublishing {

    private static final Logger LOG = LoggerFactory.getLogger(RmqDispatcher.class);

    private final RmqDispatcherSpec spec;
    private final RmqConnection connection;
    private final Optional<RouteTable> routes;
    private final Set<String> knownRoutes;
    private final Map<String, RmqWorker<?>> workers;
    private final Map<String, AckPolicy> workerAck;
    private final Map<String, RetryPolicy> workerRetry;
    private final RmqMeters meters;
    private final BpmJson json;
    private final String serviceName;
    private final Map<String, PublishChannel> publishChannels = new LinkedHashMap<>();
    private final PublishChannel otherExchanges;
    private final List<QueueConsumer> consumers = new ArrayList<>();
    private final Object inFlightLock = new Object();
    private int inFlight;
    private volatile boolean stopping;

    RmqDispatcher(
            RmqDispatcherSpec spec,
            RmqConnection connection,
            Optional<RouteTable> routes,
            Map<String, RmqWorker<?>> workers,
            Map<String, AckPolicy> workerAck,
            Map<String, RetryPolicy> workerRetry,
            RmqMeters meters,
            BpmJson json,
            String serviceName) {
        this.spec = spec;
        this.connection = connection;
        this.routes = routes;
        this.knownRoutes = routes.map(r -> Set.copyOf(r.routes())).orElse(Set.of());
        this.workers = Map.copyOf(workers);
        this.workerAck = Map.copyOf(workerAck);
        this.workerRetry = Map.copyOf(workerRetry);
        this.meters = meters;
        this.json = json;
        this.serviceName = serviceName;
        for (ExchangeSpec exchange : spec.exchanges()) {
            publishChannels.put(
                    exchange.name(), new PublishChannel(connection.connection(), exchange.publisherConfirms()));
        }
        this.otherExchanges = new PublishChannel(connection.connection(), true);
        this.workerOrder = List.copyOf(workers.keySet());
    }

    private final List<String> workerOrder;

    RmqDispatcherSpec spec() {
        return spec;
    }

    /** Exchanges, queues, bindings; then the publish channel of the default exchange. */
    void declare() {
        Topology.declare(connection.connection(), spec);
        try {
            publishChannels.get(spec.defaultExchange().name()).open();
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
        publishChannels.values().forEach(PublishChannel::closeQuietly);
        otherExchanges.closeQuietly();
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
                    settlement));
            handle(consumer.queue, tag, body, settlement);
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

    private void handle(QueueSpec queue, long tag, byte[] body, Settlement settlement) {
        Map<String, Object> envelope;
        try {
            envelope = BpmJson.parseObject(body);
        } catch (BpmJson.InvalidMessage e) {
            invalid(queue, tag, null, RmqMeters.INVALID_ROUTE, e.reason, e.getMessage(), settlement);
            return;
        }
        String messageId = BpmJson.messageId(envelope);
        boolean routed = routes.isPresent();
        BpmRequest request;
        try {
            request = BpmJson.request(envelope, routed);
        } catch (BpmJson.InvalidMessage e) {
            invalid(queue, tag, messageId, RmqMeters.INVALID_ROUTE, e.reason, e.getMessage(), settlement);
            return;
        }
        String route = !routed
                ? RmqMeters.ALL_ROUTE
                : knownRoutes.contains(request.routeKey()) ? request.routeKey() : RmqMeters.UNKNOWN_ROUTE;
        settlement.route(route);
        meters.consumed(queue.name(), route);
        Timer.Sample sample = Timer.start();
        Outcome outcome = routed ? routed(queue, request, settlement) : unrouted(queue, request, settlement);
        sample.stop(meters.handler(queue.name(), route));
        if (outcome.unknownRoute) {
            invalid(
                    queue,
                    tag,
                    messageId,
                    route,
                    "unknown_route",
                    "no worker handles the route '" + request.routeKey() + "'",
                    settlement);
            return;
        }
        if (outcome.failure == null && outcome.result != null) {
            try {
                publishReply(request, outcome.result);
            } catch (RuntimeException | IOException e) {
                outcome = new Outcome(null, e, false, outcome.policy);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = new Outcome(null, e, false, outcome.policy);
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
                + (messageId == null ? "" : " (message_id " + messageId + ")") + " route " + request.routeKey();
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

    private record Outcome(Object result, Throwable failure, boolean unknownRoute, AckPolicy policy) {}

    private Outcome routed(QueueSpec queue, BpmRequest request, Settlement settlement) {
        String[] entry = new String[1];
        WorkerLookup lookup = new WorkerLookup() {
            @Override
            public <W extends Worker<?>> W worker(String key, Class<W> type) {
                entry[0] = key;
                RmqWorker<?> worker = workers.get(key);
                if (worker != null && policy(key, queue) == AckPolicy.ACK_FIRST && !settlement.isSettled()) {
                    settlement.ack();
                }
                return worker == null ? null : type.cast(worker);
            }
        };
        Throwable failure = null;
        for (int attempt = 1; ; attempt++) {
            try {
                Object result = routes.orElseThrow().dispatch(request, lookup);
                return new Outcome(result, null, false, policy(entry[0], queue));
            } catch (UnknownRouteException e) {
                return new Outcome(null, null, true, policy(entry[0], queue));
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) { // NOPMD: a handler's failure, whatever it is, follows the ack policy
                failure = e;
            }
            RetryPolicy retry = retry(entry[0], queue);
            if (attempt >= retry.attempts() || !pauseBeforeRetry(queue, request, attempt, retry, failure)) {
                return new Outcome(null, failure, false, policy(entry[0], queue));
            }
        }
    }

    private Outcome unrouted(QueueSpec queue, BpmRequest request, Settlement settlement) {
        AckPolicy policy = queue.ack().orElse(AckPolicy.DEFAULT);
        if (policy == AckPolicy.ACK_FIRST) {
            settlement.ack();
        }
        Throwable failure = null;
        for (String key : workerOrder) {
            RmqWorker<?> worker = workers.get(key);
            RetryPolicy retry = retry(key, queue);
            for (int attempt = 1; ; attempt++) {
                try {
                    worker.handle(request);
                    break;
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) { // NOPMD: as above
                    if (attempt >= retry.attempts() || !pauseBeforeRetry(queue, request, attempt, retry, e)) {
                        LOG.error(
                                "dispatcher '{}': worker '{}' failed on a message of queue '{}': {}",
                                spec.identity(),
                                worker.name(),
                                queue.name(),
                                describe(e),
                                e);
                        failure = failure == null ? e : failure;
                        break;
                    }
                }
            }
        }
        return new Outcome(null, failure, false, policy);
    }

    /** Logs the failed attempt and sleeps the retry delay; false when interrupted (no more retries). */
    private boolean pauseBeforeRetry(QueueSpec queue, BpmRequest request, int attempt, RetryPolicy retry, Throwable e) {
        LOG.warn(
                "dispatcher '{}' queue '{}' route {}: attempt {} of {} failed: {}; retrying in {} ms",
                spec.identity(),
                queue.name(),
                request.routeKey(),
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

    private void invalid(
            QueueSpec queue,
            long tag,
            String messageId,
            String route,
            String reason,
            String why,
            Settlement settlement) {
        LOG.warn(
                "dispatcher '{}' queue '{}' delivery {}{}: rejected ({}): {}",
                spec.identity(),
                queue.name(),
                tag,
                messageId == null ? "" : " (message_id " + messageId + ")",
                reason,
                why);
        settlement.route(route);
        meters.consumed(queue.name(), route);
        if (!settlement.isSettled()) {
            settlement.reject(reason);
        }
    }

    private void publishReply(BpmRequest request, Object result) throws IOException, InterruptedException {
        ExchangeSpec exchange = spec.defaultExchange();
        byte[] body = json.reply(request, result);
        String routingKey = request.object() + "." + request.action() + "_reply";
        publishChannels.get(exchange.name()).publish(exchange.name(), routingKey, properties(exchange.durable()), body);
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
        if (ThreadExecutorMap.currentExecutor() != null) {
            throw new IllegalStateException("RoutedPublisher.publish waits for the broker's confirm and cannot run on a"
                    + " Netty event-loop thread (" + Thread.currentThread().getName() + "); run the caller on another"
                    + " executor, e.g. @ExecuteOn(TaskExecutors.BLOCKING)");
        }
        ExchangeSpec exchange = spec.exchanges().stream()
                .filter(e -> e.name().equals(exchangeName))
                .findFirst()
                .orElse(null);
        String system = exchange != null && exchange.system().isPresent()
                ? exchange.system().get()
                : serviceName;
        byte[] body = json.message(system, systemTo, object, action, referenceId, params);
        PublishChannel channel = exchange == null ? otherExchanges : publishChannels.get(exchangeName);
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

    private static String messageIdOf(byte[] body) {
        try {
            return String.valueOf(BpmJson.parseObject(body).get("message_id"));
        } catch (BpmJson.InvalidMessage e) {
            throw new IllegalStateException(e);
        }
    }

    private static AMQP.BasicProperties properties(boolean persistent) {
        return new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(persistent ? 2 : null)
                .build();
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
