package com.example.commands;

import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/** A bean of the service that commands inject (a connection would be one, later). */
@Singleton
public class Greeter {

    private final String applicationName;

    public Greeter(@Value("${micronaut.application.name}") String applicationName) {
        this.applicationName = applicationName;
        Events.record("greeter created");
    }

    public String greet(String name) {
        return "Hello, " + name + ", from " + applicationName;
    }

    @PreDestroy
    void close() {
        Events.record("greeter closed");
    }
}
