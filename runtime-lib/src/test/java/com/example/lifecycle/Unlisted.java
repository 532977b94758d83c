package com.example.lifecycle;

import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;

/** A daemon bean no config.yml lists: policy ALL runs it, policy CONFIG does not. */
@Prototype
@Requires(property = "shiva.dispatchers.all_daemons.enabled", value = "true")
public class Unlisted extends RecordingDaemon {}
