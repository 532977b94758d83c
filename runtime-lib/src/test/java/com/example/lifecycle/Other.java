package com.example.lifecycle;

import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;

/** A second listed daemon. Not a bean in the policy ALL test, which must discover only {@link Unlisted}. */
@Prototype
@Requires(property = "shiva.dispatchers.all_daemons.enabled", notEquals = "true")
public class Other extends RecordingDaemon {}
