package dev.shiva.runtime.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shiva.runtime.ConfigException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape definition of docs/runtime.md, by example: the generator must compute the same lists. */
class ConfigShapeTest {

    private static List<String> shape(String yaml) {
        return ConfigShape.of(YamlReader.parse(yaml, "config.yml"));
    }

    @Test
    void pathsOfEveryKeyPlusTheStructuralScalars() {
        List<String> shape = shape("""
                app_name: bench
                common:
                  coro_num: 4
                logging:
                  level: DEBUG
                connections:
                  rmq_default:
                    driver: rmq
                    config:
                      dsn: amqp://guest:guest@127.0.0.1:5672/myvenv
                dispatchers:
                  shiva_bench:
                    name: shiva_bench
                    dispatcher: rmq
                    connection: rmq_default
                    proto: JSON_Routed_BPM
                    enabled: ${BENCH_ENABLED:false}
                    config:
                      exchanges:
                        ESB:
                          queues:
                            q1:
                              bindings:
                                - shiva.bench
                                - 'order.*'
                workers:
                  api:
                    worker: order_handler
                    dispatcher: shiva_bench
                    routes: [order.create]
                    depends:
                      esb: [rmq]
                    config:
                      vips: [1, 2]
                      items:
                        - id: 1
                          tags: []
                        - id: 2
                          name: x
                """);
        assertEquals(
                List.of(
                        "connections.rmq_default",
                        "connections.rmq_default.config",
                        "connections.rmq_default.config.dsn",
                        "connections.rmq_default.driver",
                        "connections.rmq_default.driver=rmq",
                        "dispatchers.shiva_bench",
                        "dispatchers.shiva_bench.config",
                        "dispatchers.shiva_bench.config.exchanges",
                        "dispatchers.shiva_bench.config.exchanges.ESB",
                        "dispatchers.shiva_bench.config.exchanges.ESB.queues",
                        "dispatchers.shiva_bench.config.exchanges.ESB.queues.q1",
                        "dispatchers.shiva_bench.config.exchanges.ESB.queues.q1.bindings",
                        "dispatchers.shiva_bench.config.exchanges.ESB.queues.q1.bindings[]=order.*",
                        "dispatchers.shiva_bench.config.exchanges.ESB.queues.q1.bindings[]=shiva.bench",
                        "dispatchers.shiva_bench.connection",
                        "dispatchers.shiva_bench.connection=rmq_default",
                        "dispatchers.shiva_bench.dispatcher",
                        "dispatchers.shiva_bench.dispatcher=rmq",
                        "dispatchers.shiva_bench.enabled",
                        "dispatchers.shiva_bench.name",
                        "dispatchers.shiva_bench.name=shiva_bench",
                        "dispatchers.shiva_bench.proto",
                        "dispatchers.shiva_bench.proto=JSON_Routed_BPM",
                        "workers.api",
                        "workers.api.config",
                        "workers.api.config.items",
                        "workers.api.config.items[].id",
                        "workers.api.config.items[].name",
                        "workers.api.config.items[].tags",
                        "workers.api.config.vips",
                        "workers.api.depends",
                        "workers.api.depends.esb",
                        "workers.api.depends.esb[]=rmq",
                        "workers.api.dispatcher",
                        "workers.api.dispatcher=shiva_bench",
                        "workers.api.routes",
                        "workers.api.routes[]=order.create",
                        "workers.api.worker",
                        "workers.api.worker=order_handler"),
                shape);
    }

    @Test
    void valuesAndOtherSectionsAreNotShape() {
        String a = "common: {coro_num: 1}\nworkers:\n  w:\n    coro: 1\n    enabled: true\n    config: {limit: 5}\n";
        String b =
                "common: {coro_num: 9, web: {port: 1}}\nworkers:\n  w:\n    coro: 7\n    enabled: false\n    config: {limit: x}\n";
        assertEquals(shape(a), shape(b));
    }

    @Test
    void theTextOfStructuralScalarsIsTakenAsWrittenBeforePlaceholders() {
        assertEquals(
                List.of("workers.w", "workers.w.name", "workers.w.name=${NAME:w}"),
                shape("workers:\n  w:\n    name: ${NAME:w}\n"));
    }

    @Test
    void aMismatchListsAtMostFiveOfEachAndCountsTheRest() {
        List<String> generated = new ArrayList<>(shape("workers: {}\n"));
        generated.add("workers.gone");
        String yaml = "workers:\n  w:\n    config: {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6}\n";
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> ShapeCheck.verify(generated, YamlReader.parse(yaml, "config.yml"), "config.yml"));
        assertEquals(
                "config.yml does not have the shape this service was generated from (added: workers.w, workers.w.config,"
                        + " workers.w.config.a, workers.w.config.b, workers.w.config.c and 3 more; removed: workers.gone);"
                        + " run 'shiva generate' and rebuild",
                e.getMessage());
    }
}
