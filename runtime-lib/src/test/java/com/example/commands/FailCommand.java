package com.example.commands;

import dev.shiva.runtime.ServiceCommand;
import jakarta.inject.Singleton;
import picocli.CommandLine.Command;

/** A user command that throws: one line on standard error, exit status 1. */
@Command(name = "fail", description = "Fails.")
@Singleton
public class FailCommand implements ServiceCommand {

    @Override
    public Integer call() {
        throw new IllegalStateException("cannot reach postgresql://orders:secret@db.internal:5432/orders");
    }
}
