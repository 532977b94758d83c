package com.example.rmq;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A user's typed params: what {@code request.params(OrderCreate.class)} binds. */
@Serdeable
public record OrderCreate(
        String orderId, int quantity, @Nullable String note) {}
