package dev.shiva.runtime.internal.rmq;

/**
 * Bounded retries of a failed handler: {@code attempts} calls in all (the first included), {@code
 * delayMs} apart, in the consumer thread.
 */
public record RetryPolicy(int attempts, long delayMs) {

    public static final RetryPolicy NONE = new RetryPolicy(1, 1000);
}
