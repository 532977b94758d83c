package com.example.rmq;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.RmqContext;
import dev.shiva.runtime.RmqWorker;
import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Prototype;
import java.util.List;

/** A worker of a custom-protocol dispatcher: a plain rmq worker implementing the protocol's interface. */
@Prototype
public class CsvWorker extends RmqWorker<ConfigNode> implements CsvHandler {

    @Override
    public void onLine(List<String> fields) throws Exception {
        String verb = fields.get(0);
        Events.increment(verb + " " + name());
        Events.record("line " + name() + " " + fields + " redelivered="
                + RmqContext.current().redelivered());
        switch (verb) {
            case "fail" -> throw new IllegalStateException("failing on purpose");
            case "flaky" -> {
                if (Events.counter(verb + " " + name()) == 1) {
                    throw new IllegalStateException("failing once");
                }
            }
            case "slow" -> {
                Thread.sleep(Long.parseLong(fields.get(1)));
                Events.record("slow done " + name());
            }
            default -> {}
        }
    }

    @Override
    public String echo(String text) {
        return name() + ":" + text;
    }
}
