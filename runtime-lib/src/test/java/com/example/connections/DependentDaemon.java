package com.example.connections;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DaemonWorker;
import dev.shiva.runtime.connections.RedisHandle;
import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A worker that uses its {@code depends} the way a generated base's accessors do, and records what
 * it saw: a PostgreSQL round trip, a Redis round trip, and the refusal of a connection it did not
 * declare.
 */
@Prototype
// Only for ConnectionServiceTest's entry: other tests' daemon dispatchers (policy ALL) must not run it.
@Requires(property = "shiva.workers.dependent.enabled", value = "true")
public class DependentDaemon extends DaemonWorker<ConfigNode> {

    @Override
    public void prepare() {
        ConnectionFactory pg = connection("pg_main", ConnectionFactory.class);
        Integer answer = Mono.usingWhen(
                        Mono.from(pg.create()),
                        c -> Flux.from(c.createStatement("SELECT 41 + 1").execute())
                                .flatMap(r -> r.map((row, meta) -> row.get(0, Integer.class)))
                                .next(),
                        io.r2dbc.spi.Connection::close)
                .block(Duration.ofSeconds(10));
        Events.record("pg:" + answer);
        RedisHandle redis = connection("cache", RedisHandle.class);
        redis.sync().set("shiva-test:dependent:" + name(), "seen");
        Events.record("redis:" + redis.sync().get("shiva-test:dependent:" + name()));
        try {
            connection("unused_db", ConnectionFactory.class);
            Events.record("undeclared:reached");
        } catch (IllegalStateException e) {
            Events.record("undeclared:" + e.getMessage());
        }
    }

    @Override
    public void start() throws Exception {
        while (pause(Duration.ofMillis(50))) {
            // nothing to do: the test looks at prepare() and the service around it
        }
    }
}
