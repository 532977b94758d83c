package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadmeTemplateTest {
    private final TemplateRenderer renderer = new TemplateRenderer();

    private Markdown render(ServiceReadmeView view) {
        return Markdown.parse(renderer.render(Templates.README, view));
    }

    @Test
    void isTitledWithTheServiceAndHasItsSections() {
        assertEquals(
                List.of(
                        "orders_service",
                        "Build",
                        "Run",
                        "Which files are whose",
                        "Endpoints",
                        "Workers",
                        "Connections",
                        "postgres settings",
                        "rmq settings"),
                render(Fixtures.readme()).headings());
    }

    @Test
    void explainsHowToBuildAndRun() {
        Markdown readme = render(Fixtures.readme());

        assertEquals(List.of("mvn package"), readme.code("Build"));
        assertTrue(readme.code("Run").contains("java -jar target/orders-service-1.2.0.jar --config config.yml"));
        assertTrue(readme.code("Run").contains("SHIVA_CONFIG=config.yml java -jar target/orders-service-1.2.0.jar"));
    }

    @Test
    void namesTheThreeZones() {
        List<List<String>> zones = render(Fixtures.readme()).tableRows("Which files are whose");

        assertEquals(
                List.of("generated", "yours", "shared"),
                zones.stream().map(row -> row.get(0)).toList());
        assertTrue(zones.get(0).get(1).contains("`src/generated/`"));
        assertTrue(zones.get(0).get(1).contains("`config.schema.json`"));
        assertTrue(zones.get(1).get(1).contains("`src/main/java/com/acme/orders/modules/`"));
        assertTrue(zones.get(2).get(1).contains("`pom.xml`"));
        assertTrue(zones.get(2).get(1).contains("`src/main/resources/application.yml`"));
    }

    @Test
    void listsTheHealthAndMetricsEndpoints() {
        List<String> endpoints = render(Fixtures.readme()).bullets("Endpoints");

        assertEquals(3, endpoints.size(), endpoints.toString());
        assertTrue(endpoints.get(0).startsWith("`GET /readiness`"));
        assertTrue(endpoints.get(1).startsWith("`GET /liveness`"));
        assertTrue(endpoints.get(2).startsWith("`GET /metrics`"));
    }

    @Test
    void withoutAWebDispatcherSaysThereIsNoHealthEndpoint() {
        ServiceReadmeView view = new ServiceReadmeView(
                "daemon_only",
                "daemon-only",
                "0.1.0",
                "config.yml",
                "src/main/java/x",
                8085,
                false,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of());

        List<String> endpoints = render(view).bullets("Endpoints");

        assertEquals(1, endpoints.size(), endpoints.toString());
        assertTrue(endpoints.get(0).startsWith("no `/readiness` or `/liveness`"));
    }

    @Test
    void tabulatesTheWorkersInOrder() {
        assertEquals(
                List.of(
                        List.of("order_intake", "`OrderHandler`", "esb"),
                        List.of("orders_api", "`OrdersApi`", "web"),
                        List.of("reaper", "`StaleOrderReaper`", "jobs")),
                render(Fixtures.readme()).tableRows("Workers"));
    }

    @Test
    void withoutWorkersSaysHowToAddOne() {
        ServiceReadmeView view = new ServiceReadmeView(
                "empty",
                "empty",
                "0.1.0",
                "config.yml",
                "src/main/java/x",
                8085,
                true,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of());

        Markdown readme = render(view);

        assertEquals(List.of(), readme.tableRows("Workers"));
        assertTrue(readme.lines("Workers").stream().anyMatch(line -> line.startsWith("No workers yet")));
    }

    @Test
    void tabulatesTheConnectionsWithTheirAccessorsAndHandles() {
        assertEquals(
                List.of(
                        List.of(
                                "pg_main",
                                "postgres",
                                "0",
                                "`pgMain()`",
                                "`io.r2dbc.spi.ConnectionFactory`",
                                "order_intake, orders_api"),
                        List.of(
                                "rmq_main",
                                "rmq",
                                "${RMQ_LEVEL:1}",
                                "`rmqMain()`",
                                "`dev.shiva.runtime.RoutedPublisher`",
                                "none")),
                render(Fixtures.readme()).tableRows("Connections"));
    }

    @Test
    void givesEachDriverItsKeysWithDefaultsAndMeaningsAndPointsToTheDriverDocs() {
        Markdown readme = render(Fixtures.readme());

        assertEquals(
                List.of(
                        List.of("`dsn`", "required", "postgresql://user:password@host:port/db"),
                        List.of("`pool_max`", "`10`", "Most connections the pool opens.")),
                readme.tableRows("postgres settings"));
        assertEquals(
                List.of(List.of("`dsn`", "required", "amqp URI with the vhost")), readme.tableRows("rmq settings"));
        assertTrue(String.join(" ", readme.lines("postgres settings")).contains("`docs/drivers.md`"));
    }

    @Test
    void withoutConnectionsSaysHowToAddOneAndHasNoDriverSections() {
        ServiceReadmeView view = new ServiceReadmeView(
                "empty",
                "empty",
                "0.1.0",
                "config.yml",
                "src/main/java/x",
                8085,
                true,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of());

        Markdown readme = render(view);

        assertEquals(List.of(), readme.tableRows("Connections"));
        assertTrue(readme.lines("Connections").stream().anyMatch(line -> line.startsWith("No connections")));
        assertTrue(
                readme.lines("Connections").stream().noneMatch(line -> line.startsWith("|")),
                "no empty table: " + readme.lines("Connections"));
        assertEquals("Connections", readme.headings().get(readme.headings().size() - 1));
    }
}
