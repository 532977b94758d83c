package dev.shiva.cli;

/** Entry point of the {@code shiva} command. */
public final class ShivaMain {

    private ShivaMain() {}

    public static void main(String[] args) {
        System.exit(ShivaCommand.commandLine().execute(args));
    }
}
