package com.example.commands;

import dev.shiva.runtime.ShivaApplication;
import dev.shiva.runtime.support.TestBlueprint;

/** A service jar's main for the child-JVM test of the command path. */
public final class CommandMain {

    static final String CONFIG = """
            app_name: commands
            common:
              web:
                port: ${COMMANDS_PORT:0}
            """;

    private CommandMain() {}

    public static void main(String[] args) {
        ShivaApplication.run(CommandMain.class, args, TestBlueprint.of("commands", CONFIG));
    }

    public static String config() {
        return CONFIG;
    }
}
