package com.example.lifecycle;

import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;

/** Cannot reach its database; the message quotes the DSN, password included. */
@Prototype
@Requires(property = "shiva.dispatchers.all_daemons.enabled", notEquals = "true")
public class BrokenPrepare extends RecordingDaemon {

    @Override
    public void prepare() {
        throw new IllegalStateException("cannot reach postgresql://orders:hunter2@db.internal:5432/orders");
    }
}
