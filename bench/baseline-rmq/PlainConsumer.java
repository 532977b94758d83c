import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * The baseline of bench/rmq: a plain amqp-client consumer of a BPM queue, what a hand-written
 * service would do with no framework. One connection, one channel, basic.qos(PREFETCH), one
 * consumer with manual acks. Per message, before settling, it does the part of the service's work
 * a plain consumer needs too: it reads the whole body with jackson-core's streaming parser (every
 * token, so a malformed body is noticed, as the service does), keeps the top-level "object" and
 * "action" strings, and acks the delivery singly (basicAck(tag, false)) when object.action is
 * "bench.hit", else rejects it without requeue (basicReject(tag, false)), so it is dead-lettered
 * like the service's unknown routes. No logging, no meters, no map of the body.
 *
 * Usage: java -cp amqp-client.jar:slf4j-api.jar:jackson-core.jar PlainConsumer.java URI QUEUE PREFETCH
 * Runs until it is stopped (SIGTERM).
 */
public final class PlainConsumer {

    private static final JsonFactory JSON = new JsonFactory();

    public static void main(String[] args) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(args[0]);
        String queue = args[1];
        int prefetch = Integer.parseInt(args[2]);
        Connection connection = factory.newConnection("bench-plain-consumer");
        Channel channel = connection.createChannel();
        channel.basicQos(prefetch);
        channel.basicConsume(queue, false, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
                    throws IOException {
                long delivery = envelope.getDeliveryTag();
                if (isBenchHit(body)) {
                    getChannel().basicAck(delivery, false);
                } else {
                    getChannel().basicReject(delivery, false);
                }
            }
        });
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                connection.close(5000);
            } catch (Exception e) {
                // stopping anyway
            }
        }));
        stop.await();
    }

    /** Reads every token of the body; true when it is a JSON object whose object.action is bench.hit. */
    static boolean isBenchHit(byte[] body) {
        String object = null;
        String action = null;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            int depth = 1;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_STRING -> {
                        if (depth == 1) {
                            String field = parser.currentName();
                            if ("object".equals(field)) {
                                object = parser.getText();
                            } else if ("action".equals(field)) {
                                action = parser.getText();
                            }
                        }
                    }
                    default -> { }
                }
            }
            if (depth != 0) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return "bench".equals(object) && "hit".equals(action);
    }
}
