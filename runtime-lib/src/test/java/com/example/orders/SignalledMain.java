package com.example.orders;

import dev.shiva.runtime.DispatcherKind;
import dev.shiva.runtime.ShivaApplication;
import dev.shiva.runtime.support.TestBlueprint;

/** A tiny service for the child-JVM test: one daemon that prints when its stop() runs. */
public final class SignalledMain {

    static final String CONFIG = """
            app_name: signalled
            common:
              grace_period_seconds: 3
            dispatchers:
              daemons:
                dispatcher: daemon_root
                enabled: true
                policy: CONFIG
            workers:
              printer:
                worker: printing_daemon
                dispatcher: daemons
                enabled: true
                coro: 2
            """;

    private SignalledMain() {}

    public static void main(String[] args) {
        ShivaApplication.run(
                SignalledMain.class,
                args,
                TestBlueprint.of("signalled", CONFIG)
                        .dispatcher(
                                "daemons",
                                DispatcherKind.DAEMON,
                                TestBlueprint.worker("printer", PrintingDaemon.class)));
    }

    public static String config() {
        return CONFIG;
    }
}
