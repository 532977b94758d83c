package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ReadinessIndicator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readiness of the open connections. {@code /readiness} must answer at once and without I/O, so a
 * background thread makes one round trip per connection every {@link #PERIOD} and readiness reads
 * the last answer. A change is logged once (down, then back up), not at every probe. A connection
 * that knows its own state without I/O (it implements {@link ReadinessIndicator}) is asked directly.
 */
final class ConnectionProbes {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionProbes.class);
    static final Duration PERIOD = Duration.ofSeconds(3);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    record Target(String key, OpenConnection connection) {}

    private final ScheduledExecutorService scheduler;
    private final List<Indicator> indicators;

    private ConnectionProbes(ScheduledExecutorService scheduler, List<Indicator> indicators) {
        this.scheduler = scheduler;
        this.indicators = indicators;
    }

    static ConnectionProbes start(List<Target> targets) {
        List<Indicator> indicators = targets.stream().map(Indicator::new).toList();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "shiva-connection-probe");
            thread.setDaemon(true);
            return thread;
        });
        if (!indicators.isEmpty()) {
            scheduler.scheduleWithFixedDelay(
                    () -> indicators.forEach(Indicator::probe),
                    PERIOD.toMillis(),
                    PERIOD.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return new ConnectionProbes(scheduler, indicators);
    }

    List<ReadinessIndicator> indicators() {
        return List.copyOf(indicators);
    }

    void stop() {
        scheduler.shutdownNow();
    }

    private static final class Indicator implements ReadinessIndicator {
        private final Target target;
        private volatile boolean ready = true; // it answered a round trip when it opened

        Indicator(Target target) {
            this.target = target;
        }

        void probe() {
            boolean now;
            try {
                now = target.connection().probe(PROBE_TIMEOUT);
            } catch (RuntimeException e) {
                now = false;
            }
            if (now != ready) {
                if (now) {
                    LOG.info("connection '{}' answers again", target.key());
                } else {
                    LOG.warn("connection '{}' does not answer; readiness is down", target.key());
                }
            }
            ready = now;
        }

        @Override
        public String name() {
            return "connection " + target.key();
        }

        @Override
        public boolean isReady() {
            // A connection that knows its state without I/O (an AMQP socket) answers live.
            if (target.connection() instanceof ReadinessIndicator live) {
                return live.isReady();
            }
            return ready;
        }
    }
}
