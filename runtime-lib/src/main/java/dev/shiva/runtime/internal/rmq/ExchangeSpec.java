package dev.shiva.runtime.internal.rmq;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One exchange of an rmq dispatcher as config.yml declares it, with its queues in order.
 *
 * @param system {@code routing.system}: the system this service is on the exchange
 * @param publisherConfirms {@code config_channel.publisher_confirms}
 * @param onReturnRaises {@code config_channel.on_return_raises}: publishes are mandatory, and one no
 *     queue takes fails instead of vanishing
 */
public record ExchangeSpec(
        String name,
        String type,
        boolean durable,
        boolean autoDelete,
        boolean internal,
        boolean passive,
        Map<String, Object> arguments,
        boolean publisherConfirms,
        boolean onReturnRaises,
        Optional<String> system,
        List<QueueSpec> queues) {}
