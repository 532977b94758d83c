package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationYmlTemplateTest {
    private final TemplateRenderer renderer = new TemplateRenderer();

    private YamlTree render(ApplicationConfigView view) {
        return YamlTree.parse(renderer.render(Templates.APPLICATION_YML, view));
    }

    @Test
    void namesTheApplicationAndBindsTheServerWithAPlaceholderPort() {
        YamlTree yml = render(Fixtures.applicationWithAllSections());

        assertEquals("orders_service", yml.at("micronaut", "application", "name"));
        assertEquals("127.0.0.1", yml.at("micronaut", "server", "host"));
        // Micronaut resolves the placeholder at startup, from the environment.
        assertEquals("${ORDERS_HTTP_PORT:8085}", yml.at("micronaut", "server", "port"));
    }

    @Test
    void aPlainPortStaysANumber() {
        ApplicationConfigView view = new ApplicationConfigView("svc", "0.0.0.0", "9000", java.util.Optional.empty());

        assertEquals(9000, render(view).at("micronaut", "server", "port"));
    }

    @Test
    void exportsPrometheusMetricsAtTheViewsPath() {
        YamlTree yml = render(Fixtures.applicationWithAllSections());

        assertEquals(true, yml.at("micronaut", "metrics", "enabled"));
        assertEquals(
                Map.of("enabled", true, "step", "PT1M", "descriptions", true),
                yml.at("micronaut", "metrics", "export", "prometheus"));
        assertEquals(false, yml.at("endpoints", "prometheus", "sensitive"));
        assertEquals("/metrics", yml.at("shiva", "metrics", "uri"));
    }

    @Test
    void turnsOffMicronautsHealthAndJsonMetricsEndpoints() {
        for (ApplicationConfigView view :
                List.of(Fixtures.applicationWithAllSections(), Fixtures.applicationWithoutSections())) {
            YamlTree yml = render(view);

            assertEquals(false, yml.at("endpoints", "health", "enabled"));
            assertEquals(false, yml.at("endpoints", "metrics", "enabled"));
        }
    }

    @Test
    void withoutAMetricsDispatcherMetricsAreOff() {
        YamlTree yml = render(Fixtures.applicationWithoutSections());

        assertEquals(Map.of("enabled", false), yml.at("micronaut", "metrics"));
        assertFalse(yml.has("shiva"));
    }

    @Test
    void holdsNoConnections() {
        // The runtime configures the connections' Micronaut beans from config.yml at start: a copy
        // here would be read by Micronaut too and could only disagree with config.yml.
        YamlTree yml = render(Fixtures.applicationWithAllSections());

        assertEquals(Set.of("micronaut", "endpoints", "shiva"), yml.root().keySet());
    }

    @Test
    void writesOnlyTheSectionsTheViewEnables() {
        YamlTree yml = render(Fixtures.applicationWithoutSections());

        assertEquals(Set.of("micronaut", "endpoints"), yml.root().keySet());
    }
}
