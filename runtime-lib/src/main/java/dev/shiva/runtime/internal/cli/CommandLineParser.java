package dev.shiva.runtime.internal.cli;

import dev.shiva.runtime.ServiceStartException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The service's command line, as Python Shiva's {@code shiva daemon run [--config FILE]} plus the
 * user commands of the service jar (SEMANTICS §9). No arguments means {@code daemon run}; {@code
 * --config} is also accepted without the command, which is how a container usually starts a jar.
 *
 * <p>{@link #parse} decides from the first word after the leading {@code --config} options, without
 * any bean: no word, {@code daemon} or an option is the built-in command line, parsed here at once
 * (the path of {@code daemon run}, which starts no extra context); any other word is a user command,
 * whose command line is parsed later by {@link #withCommands}, once a started context knows the
 * {@link dev.shiva.runtime.ServiceCommand} beans.
 */
public final class CommandLineParser {

    /** The option naming config.yml; the runtime's at every level, user commands included. */
    public static final String CONFIG_OPTION = "--config";

    /** The word of the built-in command group, which no user command may take. */
    public static final String DAEMON = "daemon";

    private static final String CONFIG_DESCRIPTION =
            "config.yml to run with (default: $SHIVA_CONFIG, else ./config.yml)";
    private static final String HELP_DESCRIPTION = "Show this help and exit.";

    private CommandLineParser() {}

    public static Launch parse(String commandName, String[] args) {
        Optional<String> leadingConfig = Optional.empty();
        int first = 0;
        while (first < args.length) {
            if (args[first].equals(CONFIG_OPTION) && first + 1 < args.length) {
                leadingConfig = Optional.of(args[first + 1]);
                first += 2;
            } else if (args[first].startsWith(CONFIG_OPTION + "=")) {
                leadingConfig = Optional.of(args[first].substring(CONFIG_OPTION.length() + 1));
                first++;
            } else {
                break;
            }
        }
        if (first < args.length && isCommandWord(args[first])) {
            Optional<String> before = leadingConfig;
            return new Launch.UserCommand(
                    args[first], configAfter(args, first + 1).or(() -> before), List.of(args));
        }
        return parseBuiltIn(commandName, args);
    }

    /** A word that names a user command: not an option, not {@code daemon}, not a picocli {@code @file}. */
    private static boolean isCommandWord(String word) {
        return !word.isEmpty() && !word.startsWith("-") && !word.startsWith("@") && !word.equals(DAEMON);
    }

    /** The first {@code --config} among {@code args[from..]}, up to a {@code --} that ends the options. */
    private static Optional<String> configAfter(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (args[i].equals("--")) {
                return Optional.empty();
            }
            if (args[i].equals(CONFIG_OPTION)) {
                return i + 1 < args.length ? Optional.of(args[i + 1]) : Optional.empty();
            }
            if (args[i].startsWith(CONFIG_OPTION + "=")) {
                return Optional.of(args[i].substring(CONFIG_OPTION.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static Launch parseBuiltIn(String commandName, String[] args) {
        CommandLine root = newCommandLine(commandName);
        ParseResult result;
        try {
            result = root.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage() + " (usage: " + commandName + " [daemon run] [--config FILE])");
        }
        if (result.isUsageHelpRequested()) {
            return new Launch.RootHelp();
        }
        for (ParseResult level = result.subcommand(); level != null; level = level.subcommand()) {
            if (level.isUsageHelpRequested()) {
                return new Launch.Help(level.commandSpec().commandLine().getUsageMessage());
            }
        }
        ParseResult daemon = result.subcommand();
        if (daemon == null) {
            return new Launch.DaemonRun(configOf(result));
        }
        ParseResult run = daemon.subcommand();
        if (run == null) {
            throw new UsageException(
                    "missing command after 'daemon' (usage: " + commandName + " daemon run [--config FILE])");
        }
        return new Launch.DaemonRun(configOf(run).or(() -> configOf(result)));
    }

    private static Optional<String> configOf(ParseResult level) {
        return Optional.ofNullable(level.matchedOptionValue(CONFIG_OPTION, (String) null));
    }

    /** The built-in command line alone: {@code [--config FILE]}, {@code daemon run [--config FILE]}. */
    private static CommandLine newCommandLine(String commandName) {
        CommandLine root = new CommandLine(new Root());
        root.setCommandName(commandName);
        CommandLine daemon = new CommandLine(new Daemon());
        daemon.addSubcommand("run", new CommandLine(new Run()));
        root.addSubcommand(DAEMON, daemon);
        root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CommandLineParser::commandList);
        return root;
    }

    /**
     * The whole command line: the built-in one plus one subcommand per user command class, ordered by
     * name. Only the command named {@code selected} (the word {@link #parse} found) is built from its
     * class, with the instance from {@code factory} (picocli asks for it while parsing, or at once
     * when the class has a {@code @Spec} field); the others are listed from their {@code @Command}
     * annotation alone, so that none of them is created. The selected command also accepts {@code
     * --config FILE}, and {@code -h}/{@code --help} unless it declares them.
     *
     * <p>A command class the runtime cannot register (no {@code @Command} or no name, the name
     * {@code daemon}, two commands with one name, its own {@code --config}) is a {@link
     * ServiceStartException} with exit status 1: the jar is wrong, not the command line.
     */
    public static CommandLine withCommands(
            String commandName,
            List<? extends Class<?>> commandTypes,
            Optional<String> selected,
            CommandLine.IFactory factory) {
        CommandLine root = newCommandLine(commandName);
        List<UserCommand> commands = new ArrayList<>();
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : commandTypes) {
            UserCommand command = UserCommand.of(type);
            for (String name : command.names()) {
                Class<?> previous = byName.putIfAbsent(name, type);
                if (previous != null || name.equals(DAEMON)) {
                    String owner = previous == null ? "the runtime's 'daemon run'" : previous.getName();
                    throw invalid(type, "the name '" + name + "' is taken by " + owner);
                }
            }
            commands.add(command);
        }
        commands.sort(Comparator.comparing(UserCommand::name));
        for (UserCommand command : commands) {
            boolean chosen = selected.filter(command.names()::contains).isPresent();
            CommandLine commandLine = chosen ? runnable(command.type(), factory) : listed(command);
            try {
                root.addSubcommand(command.name(), commandLine);
            } catch (CommandLine.InitializationException e) {
                throw invalid(command.type(), e.getMessage());
            }
        }
        return root;
    }

    /** A user command class, with the name and aliases of its {@code @Command}. */
    private record UserCommand(Class<?> type, Command annotation) {

        static UserCommand of(Class<?> type) {
            Command annotation = type.getAnnotation(Command.class);
            if (annotation == null) {
                throw invalid(type, "it has no @Command annotation of picocli; give it @Command(name = \"...\")");
            }
            String name = annotation.name();
            if (name.isBlank() || name.equals(CommandSpec.DEFAULT_COMMAND_NAME) || name.startsWith("-")) {
                throw invalid(type, "it has no command name; give it @Command(name = \"...\")");
            }
            return new UserCommand(type, annotation);
        }

        String name() {
            return annotation.name();
        }

        String[] aliases() {
            return annotation.aliases();
        }

        List<String> names() {
            List<String> names = new ArrayList<>();
            names.add(name());
            names.addAll(List.of(aliases()));
            return names;
        }
    }

    /** A command as the lists show it (name, header, description), without its class or an instance. */
    private static CommandLine listed(UserCommand command) {
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage()
                .header(command.annotation().header())
                .description(command.annotation().description());
        return new CommandLine(spec);
    }

    /** The command to run, from its class and the factory, with the runtime's options added. */
    private static CommandLine runnable(Class<?> type, CommandLine.IFactory factory) {
        CommandLine command;
        try {
            command = new CommandLine(type, factory);
        } catch (CommandLine.InitializationException e) {
            if (e.getCause() != null) {
                throw e; // the instance could not be created: the command's failure, not the jar's
            }
            throw invalid(type, e.getMessage());
        }
        CommandSpec spec = command.getCommandSpec();
        if (spec.findOption(CONFIG_OPTION) != null) {
            throw invalid(type, "it declares " + CONFIG_OPTION + ", which the runtime reserves for config.yml");
        }
        spec.addOption(OptionSpec.builder(CONFIG_OPTION)
                .paramLabel("FILE")
                .type(String.class)
                .description(CONFIG_DESCRIPTION)
                .build());
        if (spec.findOption("--help") == null) {
            String[] names = spec.findOption("-h") == null ? new String[] {"-h", "--help"} : new String[] {"--help"};
            spec.addOption(OptionSpec.builder(names)
                    .usageHelp(true)
                    .description(HELP_DESCRIPTION)
                    .build());
        }
        return command;
    }

    static ServiceStartException invalid(Class<?> type, String problem) {
        return new ServiceStartException(
                "command class " + type.getName() + " cannot be a command: " + problem,
                ServiceStartException.FAILURE,
                null);
    }

    /**
     * The heading and the list of commands of the top level, as {@code --help} shows them: {@code
     * daemon run} first, then the user commands.
     */
    public static String commandListSection(CommandLine root) {
        Help help = root.getHelp();
        Map<String, CommandLine.IHelpSectionRenderer> sections = root.getHelpSectionMap();
        return sections.get(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING).render(help)
                + sections.get(UsageMessageSpec.SECTION_KEY_COMMAND_LIST).render(help);
    }

    /** Lists {@code daemon run} (not the group {@code daemon}) and every other subcommand. */
    private static String commandList(Help help) {
        Map<String, Help> entries = new LinkedHashMap<>();
        for (Map.Entry<String, Help> entry : help.subcommands().entrySet()) {
            if (entry.getKey().equals(DAEMON)) {
                CommandLine run = new CommandLine(new Run()).setCommandName(DAEMON + " run");
                entries.put(DAEMON + " run", new Help(run.getCommandSpec(), help.colorScheme()));
            } else {
                entries.put(entry.getKey(), entry.getValue());
            }
        }
        return help.commandList(entries);
    }

    @Command(description = "Runs the service (the same as 'daemon run').")
    static final class Root {
        @Option(names = CONFIG_OPTION, paramLabel = "FILE", description = CONFIG_DESCRIPTION)
        String config;

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = HELP_DESCRIPTION)
        boolean help;
    }

    @Command(description = "Long-running modes of the service.")
    static final class Daemon {
        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = HELP_DESCRIPTION)
        boolean help;
    }

    @Command(description = "Starts every enabled dispatcher and its workers; stops gracefully on SIGTERM or SIGINT.")
    static final class Run {
        @Option(names = CONFIG_OPTION, paramLabel = "FILE", description = CONFIG_DESCRIPTION)
        String config;

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = HELP_DESCRIPTION)
        boolean help;
    }
}
