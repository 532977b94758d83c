package com.example.rmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import dev.shiva.runtime.RmqProtocol;
import dev.shiva.runtime.RmqWorkers;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A user's protocol that is not a bean (created with its no-arg constructor): every body is a text
 * line for the worker entry {@code lines}, reached by key, so that entry's ack policy and retry apply.
 */
public class LineProtocol implements RmqProtocol<String> {

    @Override
    public String decode(byte[] body, AMQP.BasicProperties properties, Envelope envelope) {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public Object dispatch(String line, RmqWorkers workers) throws Exception {
        CsvHandler handler = (CsvHandler) workers.worker("lines");
        handler.onLine(List.of(line));
        return null;
    }
}
