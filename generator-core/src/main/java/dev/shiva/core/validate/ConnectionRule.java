package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.diag.Suggestions;
import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import java.util.List;
import java.util.Optional;

/** An rmq dispatcher consumes through a connection whose driver is rmq, named by its key. */
final class ConnectionRule implements Rule {

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        List<SourceEntry> connections = config.connections();
        for (DispatcherEntry dispatcher : DispatcherEntry.all(config)) {
            if (!dispatcher.isRmq()) {
                continue;
            }
            SourceEntry entry = dispatcher.entry();
            entry.string("connection").ifPresent(key -> check(key, entry, connections, out));
        }
    }

    private static void check(String key, SourceEntry dispatcher, List<SourceEntry> connections, Diagnostics out) {
        Optional<SourceEntry> connection =
                connections.stream().filter(c -> c.key().equals(key)).findFirst();
        if (connection.isEmpty()) {
            List<String> rmqKeys = connections.stream()
                    .filter(c -> c.string("driver").filter("rmq"::equals).isPresent())
                    .map(SourceEntry::key)
                    .toList();
            String hint = Suggestions.didYouMean(key, rmqKeys);
            if (hint.isEmpty()) {
                hint = rmqKeys.isEmpty()
                        ? "add a connection with 'driver: rmq' under connections"
                        : "rmq connections here: " + String.join(", ", rmqKeys);
            }
            out.report(
                    Code.REF_CONNECTION_UNKNOWN,
                    dispatcher.valueLocationOf("connection"),
                    dispatcher.path("connection"),
                    "unknown connection '" + key + "'",
                    hint);
            return;
        }
        connection
                .get()
                .string("driver")
                .filter(driver -> !driver.equals("rmq"))
                .ifPresent(driver -> out.report(
                        Code.REF_CONNECTION_DRIVER,
                        dispatcher.valueLocationOf("connection"),
                        dispatcher.path("connection"),
                        "connection '" + key + "' uses driver '" + driver
                                + "', but an rmq dispatcher needs driver 'rmq'",
                        "name a connection with 'driver: rmq'"));
    }
}
