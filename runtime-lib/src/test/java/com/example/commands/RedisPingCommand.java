package com.example.commands;

import dev.shiva.runtime.Connections;
import dev.shiva.runtime.ServiceCommand;
import dev.shiva.runtime.connections.RedisHandle;
import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A user command that uses a prepared connection: PINGs the connection {@code cache}. */
@Command(name = "ping-cache", description = "Pings the cache.")
@Prototype
public class RedisPingCommand implements ServiceCommand {

    private final Connections connections;

    @Spec
    CommandSpec spec;

    public RedisPingCommand(Connections connections) {
        this.connections = connections;
    }

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .println(connections.get("cache", RedisHandle.class).sync().ping());
        return 0;
    }
}
