package dev.shiva.runtime.internal.rmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.shiva.runtime.ReadinessIndicator;
import dev.shiva.runtime.internal.config.Secrets;
import dev.shiva.runtime.internal.connections.ConnectionFailedException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AMQP connection of {@code connections.<key>} (driver rmq): automatic connection and topology
 * recovery, named after the service, its consumers served by a pool of its own (never a Netty event
 * loop). Ready while the connection is open; during a recovery it is not.
 */
final class RmqConnection implements ReadinessIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(RmqConnection.class);

    private final String key;
    private final Connection connection;
    private final ExecutorService consumers;
    private final int timeoutMillis;

    private RmqConnection(String key, Connection connection, ExecutorService consumers, int timeoutMillis) {
        this.key = key;
        this.connection = connection;
        this.consumers = consumers;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Connects within {@code timeout}, or throws what went wrong; the connection set turns it into
     * the one-line start failure (reason, masking: {@code ConnectionFailures}).
     *
     * @param threads consumer threads: the sum of {@code coro} of the queues it serves
     */
    static RmqConnection open(String key, String dsn, String serviceName, int threads, Duration timeout)
            throws IOException, TimeoutException, ConnectionFailedException {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(dsn);
        } catch (URISyntaxException | IllegalArgumentException | java.security.GeneralSecurityException e) {
            throw new ConnectionFailedException("not a valid amqp URI: " + Secrets.redact(e.getMessage()));
        }
        int timeoutMillis = (int) timeout.toMillis();
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setConnectionTimeout(timeoutMillis);
        factory.setHandshakeTimeout(timeoutMillis);
        factory.setNetworkRecoveryInterval(2_000);
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory named = runnable -> {
            Thread thread = new Thread(runnable, "shiva-rmq-" + key + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, threads), named);
        factory.setSharedExecutor(pool);
        factory.setThreadFactory(named);
        try {
            Connection connection = factory.newConnection(serviceName);
            connection.addShutdownListener(cause -> {
                if (!cause.isInitiatedByApplication()) {
                    LOG.warn(
                            "connection '{}' lost: {}; recovering",
                            key,
                            Secrets.redact(String.valueOf(cause.getMessage())));
                }
            });
            if (connection instanceof com.rabbitmq.client.Recoverable recoverable) {
                recoverable.addRecoveryListener(new com.rabbitmq.client.RecoveryListener() {
                    @Override
                    public void handleRecovery(com.rabbitmq.client.Recoverable r) {
                        LOG.info("connection '{}' recovered", key);
                    }

                    @Override
                    public void handleRecoveryStarted(com.rabbitmq.client.Recoverable r) {}
                });
            }
            return new RmqConnection(key, connection, pool, timeoutMillis);
        } catch (IOException | TimeoutException | RuntimeException e) {
            pool.shutdownNow();
            throw e;
        }
    }

    String key() {
        return key;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public String name() {
        return "connection " + key;
    }

    @Override
    public boolean isReady() {
        return connection.isOpen();
    }

    void close() {
        try {
            if (connection.isOpen()) {
                connection.close(timeoutMillis);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("connection '{}' did not close cleanly: {}", key, e.getMessage());
        } finally {
            consumers.shutdown();
            try {
                consumers.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
