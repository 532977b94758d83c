package dev.shiva.runtime.internal.cli;

import java.util.List;
import java.util.Optional;

/** What the command line asks for. */
public sealed interface Launch permits Launch.Help, Launch.RootHelp, Launch.DaemonRun, Launch.UserCommand {

    /** {@code daemon --help}, {@code daemon run --help}: print the usage and exit 0. */
    record Help(String usage) implements Launch {}

    /**
     * {@code --help} at the top level: print the usage with {@code daemon run} and the user commands,
     * which are beans and can be listed only from a started context, and exit 0.
     */
    record RootHelp() implements Launch {}

    /** {@code daemon run [--config FILE]}, the default command. */
    record DaemonRun(Optional<String> config) implements Launch {}

    /**
     * A user command ({@link dev.shiva.runtime.ServiceCommand}): {@code [--config FILE] <name>
     * [options]}. {@code config} is the {@code --config} given after the name, else the one before;
     * {@code args} is the whole command line, which picocli parses once the commands are known.
     */
    record UserCommand(String name, Optional<String> config, List<String> args) implements Launch {
        public UserCommand {
            args = List.copyOf(args);
        }
    }
}
