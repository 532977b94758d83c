package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Same view, same bytes: shiva rewrites a file only when its content changes. */
class DeterminismTest {
    private static final Pattern DATE = Pattern.compile("20\\d\\d-\\d\\d-\\d\\d");

    static Stream<Arguments> everyTemplate() {
        return Stream.of(
                render(Templates.POM, Fixtures.pomWithAllFeatures()),
                render(Templates.APPLICATION_YML, Fixtures.applicationWithAllSections()),
                render(Templates.LOGBACK_XML, Fixtures.logback(false, Optional.of(Fixtures.sentry()))),
                render(Templates.README, Fixtures.readme()),
                render(Templates.DOCKERFILE, Fixtures.dockerfile()),
                render(Templates.GITIGNORE, new GitignoreView()),
                render(Templates.NEW_CONFIG, Fixtures.newConfig()));
    }

    private static <V extends Record> Arguments render(Template<V> template, V view) {
        Function<TemplateRenderer, String> rendering = renderer -> renderer.render(template, view);
        return Arguments.of(template.resourceName(), rendering);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTemplate")
    void rendersTheSameBytesEveryTime(String name, Function<TemplateRenderer, String> rendering) {
        TemplateRenderer shared = new TemplateRenderer();
        byte[] first = rendering.apply(shared).getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(first, rendering.apply(shared).getBytes(StandardCharsets.UTF_8), "cached template");
        assertArrayEquals(first, rendering.apply(new TemplateRenderer()).getBytes(StandardCharsets.UTF_8), "fresh");
        assertFalse(DATE.matcher(new String(first, StandardCharsets.UTF_8)).find(), "no timestamps");
    }
}
