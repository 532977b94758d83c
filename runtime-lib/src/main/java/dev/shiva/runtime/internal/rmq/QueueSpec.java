package dev.shiva.runtime.internal.rmq;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One queue of an rmq dispatcher as config.yml declares it.
 *
 * @param coro channels consuming it, one consumer each
 * @param prefetch basic.qos per channel; 0 = unlimited
 * @param arguments the {@code additional} table, verbatim
 * @param bindings every binding key to bind, the {@code .<system>} variants of routing v2 included
 */
public record QueueSpec(
        String name,
        int coro,
        int prefetch,
        boolean durable,
        boolean exclusive,
        boolean autoDelete,
        boolean passive,
        Map<String, Object> arguments,
        List<String> bindings,
        Optional<AckPolicy> ack,
        Optional<RetryPolicy> retry) {}
