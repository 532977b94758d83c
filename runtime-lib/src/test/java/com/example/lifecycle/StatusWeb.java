package com.example.lifecycle;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.WebWorker;
import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A web worker with an untyped config, for the lifecycle tests. */
@Controller("/status")
@Requires(property = "shiva.workers.status.enabled", value = "true")
public class StatusWeb extends WebWorker<ConfigNode> {

    @Override
    public void prepare() {
        Events.record("prepare:" + name() + ":" + instance());
    }

    @Get(produces = MediaType.TEXT_PLAIN)
    public String status() {
        return config().string("text");
    }

    @Override
    public void stop() {
        Events.record("stop:" + name() + ":" + instance());
    }
}
