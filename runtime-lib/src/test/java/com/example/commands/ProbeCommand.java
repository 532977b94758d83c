package com.example.commands;

import dev.shiva.runtime.ServiceCommand;
import dev.shiva.runtime.internal.lifecycle.ServiceState;
import dev.shiva.runtime.internal.web.HealthController;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Reports what runs while a command runs: nothing but the context. */
@Command(name = "probe", description = "Reports what runs around a command.")
@Prototype
public class ProbeCommand implements ServiceCommand {

    private final BeanContext context;
    private final ServiceState state;
    private final int serverPort;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, description = "The port config.yml gives.")
    int port;

    public ProbeCommand(BeanContext context, ServiceState state, @Value("${micronaut.server.port}") int serverPort) {
        this.context = context;
        this.state = state;
        this.serverPort = serverPort;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("phase " + state.phase());
        out.println("health controller " + context.containsBean(HealthController.class));
        out.println("server.port " + serverPort);
        out.println("port free " + free(port));
        return 0;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
