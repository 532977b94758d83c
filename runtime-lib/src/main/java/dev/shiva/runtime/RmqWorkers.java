package dev.shiva.runtime;

import java.util.Map;

/**
 * The enabled workers of an rmq dispatcher, as its {@link RmqProtocol} reaches them for one message
 * (what {@link RmqProtocol#dispatch} gets). How the protocol reaches them decides which ack policy
 * and retry apply to the message (config.yml's {@code ack:} and {@code retry:}):
 *
 * <ul>
 *   <li>{@link #worker(String)} or {@link #worker(String, Class)}: the first entry found this way <em>handles</em> the message:
 *       its {@code ack}/{@code retry} apply (else the queue's); under {@code ack-first} the message
 *       is acked at that lookup, just before the call. A failing {@code dispatch} is called again
 *       up to that entry's {@code retry.attempts}.
 *   <li>{@link #each(Class, Call)}: every worker, in config.yml order, each call retried up to its
 *       own entry's {@code retry}; the queue's {@code ack} applies ({@code ack-first}: acked before
 *       the first call); the message failed when any worker failed, and {@code dispatch} is not
 *       called again.
 *   <li>{@link #all()}: the workers to call as the protocol likes; the queue's {@code ack} and
 *       {@code retry} apply ({@code ack-first}: acked when {@code all()} is called); a failing
 *       {@code dispatch} is called again up to the queue's {@code retry.attempts}.
 * </ul>
 *
 * <p>Valid during the {@code dispatch} call only.
 */
public interface RmqWorkers extends WorkerLookup {

    /** A call of one worker by {@link #each}. */
    @FunctionalInterface
    interface Call<T> {
        void call(T worker) throws Exception;
    }

    /**
     * The running instance of entry {@code key} as {@code type} (its worker class or a superclass),
     * or null when that entry does not run. What a generated route table calls.
     *
     * @throws ClassCastException when the instance is not a {@code type}
     */
    @Override
    <W extends Worker<?>> W worker(String key, Class<W> type);

    /**
     * The running instance of entry {@code key}, or null when that entry does not run; cast it to the
     * interface your protocol calls.
     */
    RmqWorker<?> worker(String key);

    /** The running workers by entry key, in config.yml order (unmodifiable). */
    Map<String, RmqWorker<?>> all();

    /**
     * Calls {@code call} with every running worker in config.yml order, each as a {@code type} (a
     * worker that is not one fails its call); a worker's failure does not stop the others. Throws the
     * first failure once all were called.
     */
    <T> void each(Class<T> type, Call<? super T> call) throws Exception;
}
