package com.example.rmq;

import dev.shiva.runtime.BpmRequest;
import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.RmqContext;
import dev.shiva.runtime.RmqWorker;
import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** What a user's class under a generated {@code OrderHandlerBase} looks like: one method per route. */
@Prototype
public class OrderHandler extends RmqWorker<ConfigNode> {

    public static volatile CountDownLatch slowStarted = new CountDownLatch(1);

    public Object orderCreate(BpmRequest request) {
        Events.record("create " + name() + " " + request.params());
        return Map.of("data", Map.of("handled", request.params().get("id")));
    }

    public Object orderTyped(BpmRequest request) {
        OrderCreate order = request.params(OrderCreate.class);
        Events.record("typed " + order + " " + request.paramsJson());
        return null;
    }

    public Object orderUpdate(BpmRequest request) {
        Events.record("update " + request.params());
        return null;
    }

    /** Fails until params.succeed_on (1-based) calls of the same message id were made. */
    public Object orderFail(BpmRequest request) {
        Events.increment("fail " + request.messageId());
        Events.record("fail redelivered=" + RmqContext.current().redelivered());
        Object succeedOn = request.params().get("succeed_on");
        if (succeedOn != null && Events.counter("fail " + request.messageId()) >= ((Number) succeedOn).intValue()) {
            return null;
        }
        throw new IllegalStateException("failing on purpose");
    }

    public Object orderSlow(BpmRequest request) throws InterruptedException {
        slowStarted.countDown();
        Thread.sleep(((Number) request.params().get("ms")).longValue());
        Events.record("slow done");
        return null;
    }

    public Object orderManual(BpmRequest request) {
        Events.record("manual");
        RmqContext.current().settlement().reject();
        return null;
    }

    public Object orderNotify(BpmRequest request) {
        publisher().publish("crm", "invoice", "create", Map.of("n", 1));
        publisher().publish("crm", "invoice", "create", Map.of("n", 2), "REF", "custom.key");
        Events.record("notified");
        return null;
    }

    @Override
    public Object handle(BpmRequest request) {
        Events.record("all " + name() + " " + request.params());
        return null;
    }
}
