package com.example.commands;

import dev.shiva.runtime.ServiceCommand;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A user command: injects a bean, takes options, prints, and returns the status it is told to. */
@Command(name = "greet", description = "Greets someone.")
@Prototype
public class GreetCommand implements ServiceCommand {

    private final Greeter greeter;

    @Spec
    CommandSpec spec;

    @Option(names = "--name", defaultValue = "world", description = "Who to greet.")
    String name;

    @Option(names = "--exit", defaultValue = "0", description = "The exit status to return.")
    int exit;

    public GreetCommand(Greeter greeter) {
        this.greeter = greeter;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(greeter.greet(name));
        return exit;
    }
}
