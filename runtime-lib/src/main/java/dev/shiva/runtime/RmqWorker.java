package dev.shiva.runtime;

/**
 * A worker under an {@code rmq} dispatcher. Its generated base declares one method per route
 * ({@code order.create} → {@code orderCreate(BpmRequest)}); the dispatcher's generated switch table
 * calls the one the message's {@code object.action} names. A method that returns a value has it
 * published as the reply; {@code null} means no reply.
 */
public abstract class RmqWorker<C> extends Worker<C> {}
