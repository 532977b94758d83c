package dev.shiva.runtime;

import static dev.shiva.runtime.support.TestBlueprint.worker;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.rmq.OrderHandler;
import com.example.rmq.OrderRoutes;
import dev.shiva.runtime.support.Broker;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.TestBlueprint;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config_channel.on_return_raises} (SEMANTICS §3.1) against the local RabbitMQ: a publish no
 * queue takes fails instead of vanishing, while one a queue takes goes through; without the setting
 * the unroutable publish is dropped by the broker as before.
 */
class MandatoryPublishTest {

    @TempDir
    Path directory;

    private Broker broker;
    private RunningService service;
    private String exchange;

    @BeforeEach
    void setUp() throws Exception {
        broker = new Broker();
        exchange = broker.exchangeName("mandatory");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (service != null) {
            service.stop();
        }
        broker.close();
    }

    @Test
    void anUnroutablePublishFailsWhenOnReturnRaisesIsOn() throws Exception {
        RoutedPublisher publisher = start(true);
        String taken = broker.capture(exchange, "invoice.create");

        String id = publisher.publish("crm", "invoice", "create", Map.of("n", 1));
        assertNotNull(broker.get(taken, Duration.ofSeconds(5)), "a routable publish still goes through");
        assertTrue(id.length() > 30);

        UncheckedIOException failure = assertThrows(
                UncheckedIOException.class, () -> publisher.publish("crm", "invoice", "lost", Map.of("n", 2)));
        assertTrue(failure.getMessage().contains("no queue took the message"), failure.getMessage());
        assertTrue(failure.getMessage().contains("312 NO_ROUTE"), failure.getMessage());
        assertTrue(failure.getMessage().contains("'invoice.lost'"), failure.getMessage());

        publisher.publish("crm", "invoice", "create", Map.of("n", 3));
        assertNotNull(broker.get(taken, Duration.ofSeconds(5)), "the channel works on after a return");
    }

    @Test
    void withoutItTheBrokerDropsAnUnroutablePublishAsBefore() throws Exception {
        RoutedPublisher publisher = start(false);

        String id = publisher.publish("crm", "invoice", "lost", Map.of("n", 2));

        assertTrue(id.length() > 30);
    }

    private RoutedPublisher start(boolean onReturnRaises) {
        String yaml = """
                app_name: mandatorytest
                connections:
                  rmq_main: {driver: rmq, config: {dsn: '%s'}}
                dispatchers:
                  esb:
                    dispatcher: rmq
                    enabled: true
                    connection: rmq_main
                    config:
                      exchanges:
                        %s:
                          config: {type: topic, auto_delete: true}
                          config_channel: {on_return_raises: %s}
                          queues:
                            %s:
                              config: {arguments: {auto_delete: true}}
                              bindings: [order.create]
                workers:
                  orders: {worker: order_handler, dispatcher: esb, enabled: true}
                """.formatted(Broker.DSN, exchange, onReturnRaises, broker.queueName("orders"));
        Path file = ConfigFiles.write(directory, yaml);
        TestBlueprint blueprint = TestBlueprint.of("mandatorytest", yaml)
                .rmq("esb", Optional.of(new OrderRoutes()), worker("orders", OrderHandler.class));
        service = ShivaApplication.start(
                MandatoryPublishTest.class, new String[] {"--config", file.toString()}, blueprint, Map.of());
        return service.applicationContext().getBean(Publishers.class).forDispatcher("esb");
    }
}
