package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.MapEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Queue arguments RabbitMQ would silently ignore, and queues whose rejected messages would vanish:
 * shiva rejects bad messages and failed ones instead of acking them, which only keeps them when the
 * queue has a dead-letter exchange.
 */
final class RmqQueueRule implements Rule {

    private static final String DEAD_LETTER_EXCHANGE = "x-dead-letter-exchange";
    private static final List<String> KNOWN_ARGUMENTS = List.of(
            "x-max-length",
            "x-max-length-bytes",
            "x-message-ttl",
            "x-expires",
            DEAD_LETTER_EXCHANGE,
            "x-dead-letter-routing-key",
            "x-dead-letter-strategy",
            "x-max-priority",
            "x-queue-mode",
            "x-queue-type",
            "x-overflow",
            "x-single-active-consumer",
            "x-delivery-limit",
            "x-quorum-initial-group-size",
            "x-queue-leader-locator");

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        for (DispatcherEntry dispatcher : DispatcherEntry.all(config)) {
            if (!dispatcher.isRmq()) {
                continue;
            }
            Set<String> deadLetterTargets = deadLetterTargets(dispatcher);
            for (DispatcherEntry.Queue queue : dispatcher.queues()) {
                queue.additional().ifPresent(additional -> checkPrefixes(queue, additional, out));
                checkDeadLettering(queue, deadLetterTargets, out);
            }
        }
    }

    private static void checkPrefixes(DispatcherEntry.Queue queue, MapNode additional, Diagnostics out) {
        for (MapEntry argument : additional.entries()) {
            String name = argument.name();
            if (name.startsWith("x-")) {
                continue;
            }
            String prefixed = "x-" + name;
            String hint = KNOWN_ARGUMENTS.contains(prefixed)
                    ? "did you mean '" + prefixed + "'?"
                    : "RabbitMQ reads only arguments named x-...";
            out.report(
                    Code.RMQ_ARGUMENT_PREFIX,
                    argument.key().location(),
                    queue.queue().path("config.additional." + name),
                    "'" + name + "' has no effect: RabbitMQ ignores queue arguments without the x- prefix",
                    hint);
        }
    }

    private static void checkDeadLettering(
            DispatcherEntry.Queue queue, Set<String> deadLetterTargets, Diagnostics out) {
        boolean hasDeadLetterExchange = queue.additional()
                .flatMap(additional -> additional.get(DEAD_LETTER_EXCHANGE))
                .isPresent();
        boolean isDeadLetterQueue = deadLetterTargets.contains(queue.exchange().key());
        if (hasDeadLetterExchange || isDeadLetterQueue) {
            return;
        }
        out.report(
                Code.RMQ_NO_DEAD_LETTER,
                queue.queue().keyLocation(),
                queue.queue().path(),
                "messages this queue rejects (bad JSON, unknown routes, failed handlers) are dropped: it has no dead-letter exchange",
                "add '" + DEAD_LETTER_EXCHANGE + ": <exchange>' under config.additional to keep them");
    }

    /** Exchanges that some queue of the dispatcher dead-letters into: their queues are dead-letter queues. */
    private static Set<String> deadLetterTargets(DispatcherEntry dispatcher) {
        Set<String> targets = new HashSet<>();
        for (DispatcherEntry.Queue queue : dispatcher.queues()) {
            queue.additional()
                    .flatMap(additional -> additional.get(DEAD_LETTER_EXCHANGE))
                    .filter(ScalarNode.class::isInstance)
                    .ifPresent(target -> targets.add(((ScalarNode) target).text()));
        }
        return targets;
    }
}
