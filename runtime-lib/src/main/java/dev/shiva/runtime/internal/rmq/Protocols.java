package dev.shiva.runtime.internal.rmq;

import dev.shiva.runtime.RmqProtocol;
import dev.shiva.runtime.RouteTable;
import dev.shiva.runtime.ServiceStartException;
import io.micronaut.context.BeanContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Optional;

/** The protocol of an rmq dispatcher: a built-in, or the user's class named in {@code proto}. */
final class Protocols {

    private Protocols() {}

    static boolean builtIn(String proto) {
        return proto.equals(RmqDispatcherSpec.ROUTED) || proto.equals(RmqDispatcherSpec.UNROUTED);
    }

    /**
     * The custom protocol {@code spec.proto()} names: the bean of that type in {@code beans} when
     * there is one, else a new instance from its public no-arg constructor.
     *
     * @throws ServiceStartException one line, {@code dispatcher 'x': proto 'com.acme.P' ...}
     */
    static RmqProtocol<?> custom(RmqDispatcherSpec spec, Optional<BeanContext> beans) {
        String proto = spec.proto();
        Class<?> type;
        try {
            type = Class.forName(proto, false, loader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw failure(
                    spec,
                    "is neither JSON_Routed_BPM, JSON_UnroutedALL nor a class of the service (" + describe(e)
                            + "); check its spelling and the package",
                    e);
        }
        if (!RmqProtocol.class.isAssignableFrom(type)) {
            throw failure(spec, "does not implement " + RmqProtocol.class.getName(), null);
        }
        Object protocol;
        try {
            protocol = beans.isPresent() ? beans.get().findBean(type).orElse(null) : null;
        } catch (RuntimeException e) {
            throw failure(spec, "could not be created as a bean: " + describe(e), e);
        }
        if (protocol == null) {
            protocol = construct(spec, type);
        }
        return (RmqProtocol<?>) protocol;
    }

    private static Object construct(RmqDispatcherSpec spec, Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw failure(spec, "is abstract and no bean implements it", null);
        }
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw failure(spec, "is not a bean and has no public no-arg constructor", e);
        } catch (InvocationTargetException e) {
            throw failure(spec, "could not be created: " + describe(e.getCause()), e.getCause());
        } catch (InstantiationException | RuntimeException | LinkageError e) {
            throw failure(spec, "could not be created: " + describe(e), e);
        }
    }

    /** The protocol the dispatcher runs: a built-in over {@code routes}/{@code json}, or {@code custom}. */
    static RmqProtocol<?> of(RmqDispatcherSpec spec, Optional<RouteTable> routes, RmqProtocol<?> custom, BpmJson json) {
        if (spec.proto().equals(RmqDispatcherSpec.ROUTED)) {
            return BpmProtocol.routed(routes.orElseThrow(), json, spec.defaultExchange());
        }
        if (spec.proto().equals(RmqDispatcherSpec.UNROUTED)) {
            return BpmProtocol.unrouted(json, spec.defaultExchange());
        }
        if (custom == null) {
            throw new IllegalStateException(
                    "dispatcher '" + spec.identity() + "': proto '" + spec.proto() + "' was not resolved at start");
        }
        return custom;
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Protocols.class.getClassLoader();
    }

    private static ServiceStartException failure(RmqDispatcherSpec spec, String what, Throwable cause) {
        return new ServiceStartException(
                "dispatcher '" + spec.identity() + "': proto '" + spec.proto() + "' " + what,
                ServiceStartException.FAILURE,
                cause);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String first = message == null || message.isBlank()
                ? ""
                : ": " + message.strip().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + first;
    }
}
