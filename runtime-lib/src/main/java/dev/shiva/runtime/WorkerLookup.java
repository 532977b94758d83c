package dev.shiva.runtime;

/** How a route table finds the running instance of a worker entry. */
public interface WorkerLookup {

    /** The instance of the entry {@code key}, or null when that entry does not run (disabled). */
    <W extends Worker<?>> W worker(String key, Class<W> type);
}
