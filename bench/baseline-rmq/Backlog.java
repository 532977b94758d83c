import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The publisher and clock of bench/rmq.
 *
 * fill URI EXCHANGE QUEUE DLX DLQ N [W]: declares the topology exactly as the generated service does
 * (topic exchange, non-durable; queue non-durable, not exclusive, not auto-delete, with
 * x-dead-letter-exchange DLX; bindings bench.hit and bench.end) plus the dead-letter fanout DLX and
 * its queue DLQ; empties QUEUE and DLQ; publishes W warm-up BPM messages routed bench.hit and a
 * sentinel routed bench.end, then N timed messages and a second sentinel (transient, ~240 bytes,
 * unique message_id, publisher confirms every 1,000). Then prints "filled" and times the consumer
 * from the first sentinel to the second, both as they reach DLQ: nobody handles bench.end, so the
 * consumer rejects it without requeue and the broker dead-letters it. There is one consumer
 * channel and deliveries are handled in order, so all messages before a sentinel were acked when
 * it arrives; after the second, QUEUE has no ready and no unacked message (checked). The warm-up
 * lets both consumers be timed in their steady state, after their JIT compiled the message path.
 * Prints "elapsed_ms <ms> rate <N*1000/ms>".
 *
 * delete URI EXCHANGE QUEUE DLX DLQ: deletes them (cleanup).
 */
public final class Backlog {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(args[1]);
        String exchange = args[2], queue = args[3], dlx = args[4], dlq = args[5];
        try (Connection connection = factory.newConnection("bench-backlog")) {
            Channel channel = connection.createChannel();
            if (mode.equals("delete")) {
                channel.queueDelete(queue);
                channel.queueDelete(dlq);
                channel.exchangeDelete(exchange);
                channel.exchangeDelete(dlx);
                return;
            }
            int n = Integer.parseInt(args[6]);
            int warmup = args.length > 7 ? Integer.parseInt(args[7]) : 0;
            declare(channel, exchange, queue, dlx, dlq);
            channel.queuePurge(queue);
            channel.queuePurge(dlq);
            // Warm-up first (its own sentinel marks its end), so that both consumers are timed in the
            // steady state, not while their JIT compiles the message path.
            fill(channel, exchange, warmup);
            long bytes = fill(channel, exchange, n);
            int ready = channel.queueDeclarePassive(queue).getMessageCount();
            if (ready != warmup + 1 + n + 1) {
                throw new IllegalStateException("queue holds " + ready + " messages, expected " + (warmup + n + 2));
            }
            CountDownLatch sentinel = new CountDownLatch(2);
            long[] sentinels = new long[2];
            Channel dead = connection.createChannel();
            dead.basicConsume(dlq, true, new DefaultConsumer(dead) {
                @Override
                public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties p, byte[] body) {
                    sentinels[2 - (int) sentinel.getCount()] = System.nanoTime();
                    sentinel.countDown();
                }
            });
            System.out.printf("filled %d messages, %d bytes per body on average%n", n + 1, bytes / n);
            System.out.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (channel.queueDeclarePassive(queue).getConsumerCount() == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no consumer on " + queue + " within 180 s");
                }
                Thread.sleep(1);
            }
            System.out.println("consumer on the queue");
            System.out.flush();
            if (!sentinel.await(300, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the sentinel was not dead-lettered within 300 s; "
                        + channel.queueDeclarePassive(queue).getMessageCount() + " messages still ready");
            }
            int left = channel.queueDeclarePassive(queue).getMessageCount();
            if (left != 0) {
                throw new IllegalStateException(left + " messages still ready after the sentinel");
            }
            double ms = (sentinels[1] - sentinels[0]) / 1e6;
            System.out.printf("elapsed_ms %.1f rate %.0f%n", ms, n * 1000.0 / ms);
        }
    }

    static void declare(Channel channel, String exchange, String queue, String dlx, String dlq) throws Exception {
        channel.exchangeDeclare(exchange, "topic", false, false, false, null);
        channel.queueDeclare(queue, false, false, false, Map.of("x-dead-letter-exchange", dlx));
        channel.queueBind(queue, exchange, "bench.hit");
        channel.queueBind(queue, exchange, "bench.end");
        channel.exchangeDeclare(dlx, "fanout", false, false, false, null);
        channel.queueDeclare(dlq, false, false, false, null);
        channel.queueBind(dlq, dlx, "");
    }

    /** N bench.hit messages and the bench.end sentinel; returns the bytes of the bench.hit bodies. */
    static long fill(Channel channel, String exchange, int n) throws Exception {
        channel.confirmSelect();
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().contentType("application/json").build();
        long bytes = 0;
        for (int i = 0; i <= n; i++) {
            boolean last = i == n;
            byte[] body = body(i, last ? "end" : "hit");
            if (!last) {
                bytes += body.length;
            }
            channel.basicPublish(exchange, last ? "bench.end" : "bench.hit", props, body);
            if (i % 1000 == 999 || last) {
                channel.waitForConfirmsOrDie(30_000);
            }
        }
        return bytes;
    }

    static byte[] body(int i, String action) {
        String id = UUID.randomUUID().toString();
        return ("{\"system_from\":\"crm\",\"system_to\":\"bpm\",\"object\":\"bench\",\"action\":\"" + action
                        + "\",\"reference_id\":\"r" + i + "\",\"message_id\":\"" + id + "\",\"params\":{\"n\":" + i
                        + "},\"priority\":1,\"api_version\":\"1.0\","
                        + "\"datetime_created\":\"2025-01-01T00:00:00\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
