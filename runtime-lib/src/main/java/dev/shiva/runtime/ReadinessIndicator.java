package dev.shiva.runtime;

/**
 * One part of the service that must be ready before it takes work: a connection, a consumer. Every
 * bean of this type is asked on each {@code GET /readiness}; the service is ready when its workers
 * run and every indicator is ready. Implementations answer from state they already hold (a flag the
 * connection's listener keeps up to date), without I/O: readiness probes come every few seconds and
 * must answer at once.
 */
public interface ReadinessIndicator {

    /** What is checked, for the readiness answer: {@code connection postgres}, {@code consumer orders}. */
    String name();

    /** True when this part can do its work now. */
    boolean isReady();
}
