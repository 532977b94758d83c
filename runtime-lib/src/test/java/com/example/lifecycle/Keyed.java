package com.example.lifecycle;

import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;

/** A listed daemon that is a bean exactly when its entry {@code keyed} runs, as in the policy ALL test. */
@Prototype
@Requires(property = "shiva.workers.keyed.enabled", value = "true")
public class Keyed extends RecordingDaemon {}
