package dev.shiva.core.model;

/** A route key ({@code order.create}) and the name of the handler method it becomes. */
public record RouteModel(String key, String methodName) {}
