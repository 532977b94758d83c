package com.example.rmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import dev.shiva.runtime.MessageRejectedException;
import dev.shiva.runtime.RmqProtocol;
import dev.shiva.runtime.RmqReply;
import dev.shiva.runtime.RmqWorkers;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * A user's protocol, found as a bean (it has no no-arg constructor): a body is one CSV line, its
 * first field the verb. {@code echo,<entry>,<text>} goes to one worker entry and is answered;
 * every other line goes to every worker.
 */
@Singleton
public final class CsvProtocol implements RmqProtocol<CsvProtocol.Line> {

    /** A decoded line and the message id of its properties. */
    public record Line(List<String> fields, String messageId) {
        String verb() {
            return fields.get(0);
        }
    }

    private final Environment environment;

    public CsvProtocol(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Line decode(byte[] body, AMQP.BasicProperties properties, Envelope envelope) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new MessageRejectedException("empty_line", "the body is an empty line", properties.getMessageId());
        }
        if (text.equals("boom")) {
            throw new IllegalStateException("a bug in the protocol");
        }
        return new Line(List.of(text.split(",", -1)), properties.getMessageId());
    }

    @Override
    public Object dispatch(Line line, RmqWorkers workers) throws Exception {
        if (environment == null) {
            throw new IllegalStateException("not created as a bean");
        }
        if (line.verb().equals("echo")) {
            CsvHandler handler = (CsvHandler) workers.worker(line.fields().get(1));
            if (handler == null) {
                throw new MessageRejectedException(
                        "no_worker", "no worker '" + line.fields().get(1) + "'");
            }
            return handler.echo(line.fields().get(2));
        }
        workers.each(CsvHandler.class, handler -> handler.onLine(line.fields()));
        return null;
    }

    @Override
    public RmqReply reply(Line line, Object result) {
        return RmqReply.of("csv.echo_reply", String.valueOf(result).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String route(Line line) {
        return line.verb();
    }

    @Override
    public Collection<String> routes() {
        return List.of("note", "fail", "flaky", "slow", "echo");
    }

    @Override
    public String messageId(Line line) {
        return line.messageId();
    }

    @Override
    public Class<?> workerType() {
        return CsvHandler.class;
    }
}
