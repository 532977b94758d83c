package dev.shiva.core.output;

import java.util.Locale;

/**
 * Who owns a file of a generated project, which decides what {@code shiva generate} may do to it.
 */
public enum Zone {
    /** Owned by shiva ({@code src/generated/...}): rewritten each run, deleted when no longer produced. */
    GENERATED,
    /** Owned by the user once created (worker classes): created if absent, then never touched again. */
    USER,
    /** Owned by both (pom.xml, application.yml, README, ...): kept in step by a three-way merge. */
    SHARED;

    /** The word used for this zone in {@code .shiva/manifest}. */
    String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
