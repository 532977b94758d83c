package com.example.commands;

import dev.shiva.runtime.ServiceCommand;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;

/** A user command whose bean cannot be created. */
@Command(name = "broken", description = "Cannot be created.")
@Prototype
public class BrokenCommand implements ServiceCommand {

    public BrokenCommand() {
        throw new IllegalStateException("no connection configured");
    }

    @Override
    public Integer call() {
        return 0;
    }
}
