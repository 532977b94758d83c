package dev.shiva.runtime.internal.lifecycle;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM and SIGINT start a graceful stop, after which the service exits 0 (SEMANTICS §7). A JVM
 * shutdown hook alone cannot give that: a signal the JVM handles itself ends the process with 143
 * or 130 whatever the hooks do. So the signals are taken over through {@code sun.misc.Signal} (in
 * the jdk.unsupported module, meant for exactly this), by reflection to keep the build free of
 * warnings about internal API. A second signal during the stop exits at once, as Ctrl-C twice should.
 */
final class SignalHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(SignalHandlers.class);
    private static final String[] SIGNALS = {"TERM", "INT"};

    private SignalHandlers() {}

    /**
     * Calls {@code onFirst} (on the signal's own thread) for the first SIGTERM or SIGINT; halts with
     * 128 + the signal number on the next one. Returns what puts the previous handlers back. When the
     * JVM offers no way to handle signals, nothing is installed: the shutdown hook then still stops
     * the service gracefully, but the exit status is the JVM's.
     */
    static Runnable install(Runnable onFirst) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            Object proxy = Proxy.newProxyInstance(
                    SignalHandlers.class.getClassLoader(),
                    new Class<?>[] {handlerClass},
                    handler(onFirst, signalClass.getMethod("getName"), signalClass.getMethod("getNumber")));
            List<Object[]> previous = new ArrayList<>();
            for (String name : SIGNALS) {
                Object signal = signalClass.getConstructor(String.class).newInstance(name);
                previous.add(new Object[] {signal, handle.invoke(null, signal, proxy)});
            }
            return () -> previous.forEach(old -> restore(handle, old[0], old[1]));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("cannot handle signals directly; relying on the shutdown hook", e);
            return () -> {};
        }
    }

    private static InvocationHandler handler(Runnable onFirst, Method name, Method number) {
        AtomicBoolean received = new AtomicBoolean();
        return (proxy, method, args) -> {
            switch (method.getName()) {
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return "shiva signal handler";
                default:
                    break;
            }
            Object signal = args[0];
            if (received.compareAndSet(false, true)) {
                LOG.info("SIG{} received: stopping gracefully", name.invoke(signal));
                onFirst.run();
            } else {
                LOG.warn("SIG{} received again: exiting without waiting for the stop", name.invoke(signal));
                Runtime.getRuntime().halt(128 + (int) number.invoke(signal));
            }
            return null;
        };
    }

    private static void restore(Method handle, Object signal, Object previous) {
        try {
            handle.invoke(null, signal, previous);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot restore the previous handler of {}", signal, e);
        }
    }
}
