package com.example.orders;

import dev.shiva.runtime.WebWorker;
import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A user web worker: an HTTP controller with its typed config. */
@Controller("/hello")
@Requires(property = "shiva.workers.hello.enabled", value = "true")
public class HelloWeb extends WebWorker<HelloConfig> {

    @Override
    public void prepare() {
        Events.record("prepare:" + name() + ":" + instance());
    }

    @Get(produces = MediaType.TEXT_PLAIN)
    public String hello() {
        return config().greeting() + " from " + name();
    }

    @Override
    public void stop() {
        Events.record("stop:" + name() + ":" + instance());
    }
}
