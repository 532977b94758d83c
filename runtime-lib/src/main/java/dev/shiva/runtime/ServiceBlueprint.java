package dev.shiva.runtime;

import java.util.List;

/**
 * The structure of a service as config.yml had it when {@code shiva generate} ran: dispatchers,
 * worker entries, their classes and how their config binds. The generated class {@code
 * ServiceDefinition} implements it; values (enabled, coro, policy, hosts, ...) are read from the
 * runtime config.yml when the service starts, so changing them needs no regeneration.
 */
public interface ServiceBlueprint {

    /** The service name ({@code app_name}). */
    String applicationName();

    /**
     * The shape of config.yml the code was generated from (see {@code docs/runtime.md}): a service
     * started with a config.yml of another shape refuses to start and says to run {@code shiva
     * generate}.
     */
    List<String> shape();

    List<DispatcherBlueprint> dispatchers();
}
