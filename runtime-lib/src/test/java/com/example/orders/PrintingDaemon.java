package com.example.orders;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DaemonWorker;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;
import java.time.Duration;

/** Prints its lifecycle to standard output, where the parent test process reads it. */
@Prototype
@Requires(property = "shiva.workers.printer.enabled", value = "true")
public class PrintingDaemon extends DaemonWorker<ConfigNode> {

    @Override
    public void prepare() throws InterruptedException {
        if (instance() == 0 && System.getenv("SLOW_PREPARE") != null) {
            System.out.println("PREPARING " + name());
            Thread.sleep(2000);
        }
    }

    @Override
    public void start() throws InterruptedException {
        System.out.println("LOOP STARTED " + name() + "-" + instance());
        while (pause(Duration.ofSeconds(1))) {
            // idle
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (instance() == 0 && System.getenv("SLOW_STOP") != null) {
            System.out.println("SLOW STOP " + name());
            Thread.sleep(30_000);
        }
        System.out.println("STOP CALLED " + name() + "-" + instance());
    }
}
