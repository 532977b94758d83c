package dev.shiva.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.example.connections.DependentDaemon;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.Events;
import dev.shiva.runtime.support.Http;
import dev.shiva.runtime.support.TestBlueprint;
import io.lettuce.core.AclSetuserArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole service with connections, against the local PostgreSQL and Redis: a worker reaches exactly
 * the connections its entry declares, a connection nobody uses is not opened (it points nowhere and
 * the start still succeeds), readiness lists every open connection, connections close in reverse
 * level order — and from start to stop no log line and no readiness answer holds a password.
 */
class ConnectionServiceTest {

    private static final String PG_PASSWORD = "Pg-Log-Secret-7"; // trust auth: accepted, never checked
    private static final String REDIS_PASSWORD = "Redis-Log-Secret-7";

    @TempDir
    Path directory;

    private final String redisUser =
            "shiva-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private RedisClient admin;
    private RunningService service;

    @BeforeEach
    void setUp() {
        Events.reset();
        admin = RedisClient.create("redis://127.0.0.1:6379/0");
        try (StatefulRedisConnection<String, String> connection = admin.connect()) {
            connection
                    .sync()
                    .aclSetuser(
                            redisUser,
                            AclSetuserArgs.Builder.on()
                                    .addPassword(REDIS_PASSWORD)
                                    .allCommands()
                                    .allKeys());
        }
        logs.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        if (service != null) {
            service.stop();
        }
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        try (StatefulRedisConnection<String, String> connection = admin.connect()) {
            connection.sync().aclDeluser(redisUser);
        }
        admin.shutdown();
    }

    @Test
    void workersReachTheirDeclaredConnectionsAndNoPasswordIsEverShown() throws Exception {
        String yaml = """
                app_name: conntest
                common:
                  grace_period_seconds: 5
                  web: {host: 127.0.0.1, port: 0}
                connections:
                  pg_main:
                    driver: postgres
                    config: {dsn: 'postgresql://postgres:%s@127.0.0.1:5432/postgres', pool_min: 1, pool_max: 2}
                  cache:
                    driver: redis
                    level: 1
                    config: {dsn: 'redis://%s:%s@127.0.0.1:6379/2'}
                  unused_db:
                    driver: postgres
                    config: {dsn: 'postgresql://postgres:%s@127.0.0.1:1/nowhere'}
                dispatchers:
                  web: {dispatcher: dispatcher_web, enabled: true}
                  jobs: {dispatcher: daemon_root, enabled: true, policy: CONFIG}
                workers:
                  dependent:
                    worker: dependent_daemon
                    dispatcher: jobs
                    enabled: true
                    coro: 1
                    depends: {databases: [pg_main, cache]}
                """.formatted(PG_PASSWORD, redisUser, REDIS_PASSWORD, PG_PASSWORD);
        Path file = ConfigFiles.write(directory, yaml);
        TestBlueprint blueprint = TestBlueprint.of("conntest", yaml)
                .dispatcher("web", DispatcherKind.WEB)
                .dispatcher(
                        "jobs",
                        DispatcherKind.DAEMON,
                        new WorkerBlueprint(
                                "dependent",
                                "dependent",
                                DependentDaemon.class,
                                Function.identity(),
                                List.of("pg_main", "cache")));

        service = ShivaApplication.start(
                ConnectionServiceTest.class, new String[] {"--config", file.toString()}, blueprint, Map.of());

        assertTrue(Events.all().contains("pg:42"), Events.all().toString());
        assertTrue(Events.all().contains("redis:seen"), Events.all().toString());
        assertTrue(
                Events.all()
                        .contains("undeclared:worker 'dependent' does not declare connection 'unused_db' in"
                                + " depends; add it there and run shiva generate"),
                Events.all().toString());
        assertTrue(logged("connection 'unused_db' is used by no running dispatcher or worker: not opened"));
        HttpResponse<String> readiness = Http.get(service.port(), "/readiness");
        assertEquals(200, readiness.statusCode(), readiness.body());
        assertEquals(
                "{\"status\":\"ok\",\"checks\":{\"connection pg_main\":\"up\",\"connection cache\":\"up\"}}",
                readiness.body());

        service.stop();
        assertTrue(logged("connections closed: [cache, pg_main]"), messages().toString());
        for (String secret : List.of(PG_PASSWORD, REDIS_PASSWORD)) {
            assertFalse(readiness.body().contains(secret));
            messages().forEach(line -> assertFalse(line.contains(secret), "a log line shows a password: " + line));
        }
    }

    private boolean logged(String text) {
        return messages().stream().anyMatch(line -> line.contains(text));
    }

    /** Every captured event: its message and its whole throwable chain, as a log file would show them. */
    private List<String> messages() {
        return logs.list.stream().map(ConnectionServiceTest::render).toList();
    }

    private static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
