package dev.shiva.runtime.internal.rmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.shiva.runtime.ReadinessIndicator;
import dev.shiva.runtime.internal.config.Secrets;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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
    static final int CONNECTION_TIMEOUT_MS = 10_000;

    private final String key;
    private final Connection connection;
    private final ExecutorService consumers;

    private RmqConnection(String key, Connection connection, ExecutorService consumers) {
        this.key = key;
        this.connection = connection;
        this.consumers = consumers;
    }

    /** Why a connection could not be made; the message has the password masked. */
    static final class ConnectFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ConnectFailure(String reason) {
            super(reason);
        }
    }

    /**
     * Connects, or fails with the reason (the password masked); the connection set turns it into the
     * one-line start failure.
     *
     * @param threads consumer threads: the sum of {@code coro} of the queues it serves
     */
    static RmqConnection open(String key, String dsn, String serviceName, int threads) throws ConnectFailure {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(dsn);
        } catch (URISyntaxException | IllegalArgumentException | java.security.GeneralSecurityException e) {
            throw failure(dsn, "not a valid amqp URI: " + e.getMessage());
        }
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        factory.setHandshakeTimeout(CONNECTION_TIMEOUT_MS);
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
            return new RmqConnection(key, connection, pool);
        } catch (IOException | TimeoutException | RuntimeException e) {
            pool.shutdownNow();
            throw failure(dsn, reason(e));
        }
    }

    private static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null && message == null; t = t.getCause()) {
            message = t.getMessage();
        }
        if (e instanceof TimeoutException || e instanceof java.net.SocketTimeoutException) {
            return "no answer within " + CONNECTION_TIMEOUT_MS / 1000 + " s"
                    + (message == null ? "" : " (" + message + ")");
        }
        return message == null
                ? e.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElse("");
    }

    private static ConnectFailure failure(String dsn, String reason) {
        String text = Secrets.redact(reason);
        String password = password(dsn);
        if (password != null && !password.isEmpty()) {
            text = text.replace(password, "***");
        }
        return new ConnectFailure(text);
    }

    private static String password(String dsn) {
        try {
            String info = new URI(dsn).getRawUserInfo();
            int colon = info == null ? -1 : info.indexOf(':');
            return colon < 0 ? null : info.substring(colon + 1);
        } catch (URISyntaxException e) {
            return null;
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
                connection.close(CONNECTION_TIMEOUT_MS);
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
