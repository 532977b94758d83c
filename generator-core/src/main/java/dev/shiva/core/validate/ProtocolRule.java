package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.diag.Suggestions;
import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.SourceConfig;
import java.util.List;

/**
 * {@code proto} is a built-in protocol or the fully qualified class name of a user protocol; a
 * misspelt built-in name would otherwise surface only when the service fails to start.
 */
final class ProtocolRule implements Rule {

    private static final List<String> BUILT_IN = List.of(DispatcherEntry.ROUTED_BPM, DispatcherEntry.UNROUTED_ALL);

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        for (DispatcherEntry dispatcher : DispatcherEntry.all(config)) {
            if (!dispatcher.isRmq()) {
                continue;
            }
            dispatcher.entry().string("proto").ifPresent(proto -> {
                if (BUILT_IN.contains(proto)
                        || DispatcherEntry.QUALIFIED_CLASS.matcher(proto).matches()) {
                    return;
                }
                String hint = Suggestions.didYouMean(proto, BUILT_IN);
                out.report(
                        Code.PROTOCOL_UNKNOWN,
                        dispatcher.entry().valueLocationOf("proto"),
                        dispatcher.entry().path("proto"),
                        "unknown protocol '" + proto + "'",
                        (hint.isEmpty() ? "use JSON_Routed_BPM or JSON_UnroutedALL" : hint)
                                + " (a custom protocol is named by its fully qualified class name)");
            });
        }
    }
}
