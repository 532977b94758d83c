package dev.shiva.runtime.internal.rmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import dev.shiva.runtime.BpmRequest;
import dev.shiva.runtime.MessageRejectedException;
import dev.shiva.runtime.RmqProtocol;
import dev.shiva.runtime.RmqReply;
import dev.shiva.runtime.RmqWorker;
import dev.shiva.runtime.RmqWorkers;
import dev.shiva.runtime.RouteTable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The built-in protocols over the BPM envelope (SEMANTICS §3.2, §8): {@code JSON_Routed_BPM} (the
 * body's {@code object.action} through the generated {@link RouteTable}, a returned value published
 * as the §8.2 reply) and {@code JSON_UnroutedALL} (every worker's {@code handle(BpmRequest)}, no
 * reply).
 */
final class BpmProtocol implements RmqProtocol<BpmRequest> {

    private final RouteTable routes; // null: JSON_UnroutedALL
    private final BpmJson json;
    private final ExchangeSpec replyExchange;

    private BpmProtocol(RouteTable routes, BpmJson json, ExchangeSpec replyExchange) {
        this.routes = routes;
        this.json = json;
        this.replyExchange = replyExchange;
    }

    static BpmProtocol routed(RouteTable routes, BpmJson json, ExchangeSpec replyExchange) {
        return new BpmProtocol(routes, json, replyExchange);
    }

    static BpmProtocol unrouted(BpmJson json, ExchangeSpec replyExchange) {
        return new BpmProtocol(null, json, replyExchange);
    }

    @Override
    public BpmRequest decode(byte[] body, AMQP.BasicProperties properties, Envelope envelope) {
        Map<String, Object> object;
        try {
            object = BpmJson.parseObject(body);
        } catch (BpmJson.InvalidMessage e) {
            throw new MessageRejectedException(e.reason, e.getMessage());
        }
        try {
            return BpmJson.request(object, routes != null);
        } catch (BpmJson.InvalidMessage e) {
            throw new MessageRejectedException(e.reason, e.getMessage(), BpmJson.messageId(object));
        }
    }

    @Override
    public Object dispatch(BpmRequest request, RmqWorkers workers) throws Exception {
        if (routes != null) {
            return routes.dispatch(request, workers);
        }
        workers.each(RmqWorker.class, worker -> worker.handle(request));
        return null;
    }

    @Override
    public RmqReply reply(BpmRequest request, Object result) {
        if (routes == null) {
            return null; // JSON_UnroutedALL publishes no replies
        }
        return new RmqReply(
                replyExchange.name(),
                request.object() + "." + request.action() + "_reply",
                ConnectionPublishing.properties(replyExchange.durable()),
                json.reply(request, result));
    }

    @Override
    public String route(BpmRequest request) {
        return routes == null ? null : request.routeKey();
    }

    @Override
    public Collection<String> routes() {
        return routes == null ? List.of() : routes.routes();
    }

    @Override
    public String messageId(BpmRequest request) {
        return request.messageId();
    }
}
