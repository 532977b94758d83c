package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The renderer's contract, on tiny test-only templates under src/test/resources. */
class TemplateRendererTest {
    // Package-private nested records on purpose: mustache.java must still read their accessors.
    record Inner(String label) {}

    record AccessorView(
            String name, Inner inner, List<Inner> items, boolean flag, Optional<String> maybe, String raw) {}

    record PresentOnly(String present) {}

    record ItemsOnly(List<Inner> items) {}

    record NoGhost(String name) {}

    record MaybeOnly(Optional<String> maybe) {}

    private static final Template<AccessorView> ACCESSORS =
            new Template<>("test-record-accessors.mustache", "unused", AccessorView.class);
    private static final Template<PresentOnly> MISSING_KEY =
            new Template<>("test-missing-key.mustache", "unused", PresentOnly.class);

    private final TemplateRenderer renderer = new TemplateRenderer();

    @Test
    void readsRecordComponentsThroughTheirAccessors() {
        AccessorView view = new AccessorView(
                "svc", new Inner("deep"), List.of(new Inner("a"), new Inner("b")), true, Optional.of("yes"), "x");

        String out = renderer.render(ACCESSORS, view);

        assertEquals(
                List.of(
                        "name=svc",
                        "nested=deep",
                        "item=a of svc",
                        "item=b of svc",
                        "flag is on",
                        "maybe=yes",
                        "raw=x"),
                out.lines().toList());
    }

    @Test
    void falseAndEmptyRenderTheInvertedSections() {
        AccessorView view = new AccessorView("svc", new Inner("deep"), List.of(), false, Optional.empty(), "x");

        String out = renderer.render(ACCESSORS, view);

        assertEquals(
                List.of("name=svc", "nested=deep", "flag is off", "maybe is empty", "raw=x"),
                out.lines().toList());
    }

    @Test
    void writesValuesWithoutHtmlEscaping() {
        String raw = "a=b & <c> \"d\" 'e' `f`";
        AccessorView view = new AccessorView("svc", new Inner("deep"), List.of(), false, Optional.empty(), raw);

        String out = renderer.render(ACCESSORS, view);

        assertTrue(out.lines().anyMatch(("raw=" + raw)::equals), out);
    }

    @Test
    void aNameTheViewDoesNotHaveIsAnErrorNamingTemplateKeyAndLine() {
        MissingTemplateValueException e = assertThrows(
                MissingTemplateValueException.class, () -> renderer.render(MISSING_KEY, new PresentOnly("here")));

        assertEquals("test-missing-key.mustache", e.template());
        assertEquals("absent", e.key());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("test-missing-key.mustache"), e.getMessage());
        assertTrue(e.getMessage().contains("{{absent}}"), e.getMessage());
        assertTrue(e.getMessage().contains("PresentOnly"), e.getMessage());
    }

    @Test
    void aMissingNameInsideASectionIsAnError() {
        Template<ItemsOnly> template = new Template<>("test-missing-in-section.mustache", "unused", ItemsOnly.class);

        MissingTemplateValueException e = assertThrows(
                MissingTemplateValueException.class,
                () -> renderer.render(template, new ItemsOnly(List.of(new Inner("a")))));

        assertEquals("nope", e.key());
    }

    @Test
    void aMissingSectionNameIsAnError() {
        Template<NoGhost> template = new Template<>("test-missing-section.mustache", "unused", NoGhost.class);

        MissingTemplateValueException e =
                assertThrows(MissingTemplateValueException.class, () -> renderer.render(template, new NoGhost("n")));

        assertEquals("ghost", e.key());
    }

    @Test
    void anEmptyOptionalWrittenAsAValueIsAnError() {
        Template<MaybeOnly> template = new Template<>("test-optional-value.mustache", "unused", MaybeOnly.class);

        MissingTemplateValueException e = assertThrows(
                MissingTemplateValueException.class, () -> renderer.render(template, new MaybeOnly(Optional.empty())));

        assertEquals("maybe", e.key());
        assertEquals("value=set\n", renderer.render(template, new MaybeOnly(Optional.of("set"))));
    }

    @Test
    void theErrorRepeatsOnEveryRender() {
        // mustache.java caches lookups per call site; a cached miss must not turn into an empty string.
        assertThrows(MissingTemplateValueException.class, () -> renderer.render(MISSING_KEY, new PresentOnly("1")));
        assertThrows(MissingTemplateValueException.class, () -> renderer.render(MISSING_KEY, new PresentOnly("2")));
    }

    @Test
    void anUnknownTemplateIsAnErrorNamingIt() {
        Template<NoGhost> template = new Template<>("no-such.mustache", "unused", NoGhost.class);

        TemplateException e = assertThrows(TemplateException.class, () -> renderer.render(template, new NoGhost("n")));

        assertEquals("no-such.mustache", e.template());
    }

    @Test
    void sameViewGivesTheSameTextAcrossRenderers() {
        AccessorView view =
                new AccessorView("svc", new Inner("deep"), List.of(new Inner("a")), true, Optional.of("yes"), "x");

        assertEquals(renderer.render(ACCESSORS, view), renderer.render(ACCESSORS, view));
        assertEquals(renderer.render(ACCESSORS, view), new TemplateRenderer().render(ACCESSORS, view));
    }
}
