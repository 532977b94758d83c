package dev.shiva.runtime.internal.lifecycle;

/**
 * What {@code common.uvloop: true} gets: Netty's epoll transport, the JVM's analogue of uvloop, when
 * the service has {@code io.netty:netty-transport-native-epoll} (with its native classifier) and runs
 * on Linux; otherwise NIO, as without the setting. The runtime adds no dependency for it.
 */
final class Transports {

    private Transports() {}

    static String describeEpoll() {
        try {
            Class<?> epoll = Class.forName("io.netty.channel.epoll.Epoll");
            if ((Boolean) epoll.getMethod("isAvailable").invoke(null)) {
                return "the HTTP server uses Netty's epoll transport";
            }
            Throwable cause = (Throwable) epoll.getMethod("unavailabilityCause").invoke(null);
            return "Netty's epoll transport is unavailable here (" + cause + "); the HTTP server uses NIO";
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return "netty-transport-native-epoll is not on the classpath; the HTTP server uses NIO";
        }
    }
}
