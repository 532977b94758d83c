package dev.shiva.runtime.internal.cli;

import java.util.Optional;

/** What the command line asks for. */
public sealed interface Launch permits Launch.Help, Launch.DaemonRun {

    /** {@code --help}: print the usage and exit 0. */
    record Help(String usage) implements Launch {}

    /** {@code daemon run [--config FILE]}, the default command. */
    record DaemonRun(Optional<String> config) implements Launch {}
}
