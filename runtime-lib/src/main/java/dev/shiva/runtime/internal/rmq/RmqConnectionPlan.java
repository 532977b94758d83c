package dev.shiva.runtime.internal.rmq;

import java.util.List;
import java.util.Map;

/**
 * What the rmq driver needs to know beyond the connection's own config, put into the context by
 * the start before connections open: the service's name (the connection's name on the broker),
 * the consumer threads of each connection (the {@code coro} of the queues it serves) and the
 * exchanges the running dispatchers declare on it (for the publisher handle of {@code depends}).
 */
public record RmqConnectionPlan(
        String serviceName, Map<String, Integer> consumerThreads, Map<String, List<ExchangeSpec>> exchanges) {

    public RmqConnectionPlan {
        consumerThreads = Map.copyOf(consumerThreads);
        exchanges = Map.copyOf(exchanges);
    }

    int threads(String connection) {
        return consumerThreads.getOrDefault(connection, 0);
    }

    List<ExchangeSpec> exchanges(String connection) {
        return exchanges.getOrDefault(connection, List.of());
    }
}
