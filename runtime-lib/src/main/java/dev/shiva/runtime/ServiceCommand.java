package dev.shiva.runtime;

import java.util.concurrent.Callable;

/**
 * A command of the service jar (Python Shiva's user commands and its {@code ShivaCLI} base): {@code
 * java -jar service.jar <name> [options]}. Implement it in a class annotated with picocli's
 * {@code @Command(name = "...", description = "...")} and Micronaut's {@code @Prototype} (or
 * {@code @Singleton}):
 *
 * <pre>{@code
 * @Command(name = "greet", description = "Greets someone.")
 * @Prototype
 * public class GreetCommand implements ServiceCommand {
 *
 *     private final Greeter greeter;
 *
 *     @Option(names = "--name", defaultValue = "world")
 *     String name;
 *
 *     public GreetCommand(Greeter greeter) {
 *         this.greeter = greeter;
 *     }
 *
 *     @Override
 *     public Integer call() {
 *         System.out.println(greeter.greet(name));
 *         return 0;
 *     }
 * }
 * }</pre>
 *
 * <p>The runtime reads and checks config.yml exactly as for {@code daemon run}, starts the
 * ApplicationContext without the HTTP server and without any dispatcher or worker, creates the
 * command from that context (so it can inject any bean of the service), lets picocli fill in its
 * options and parameters, calls {@link #call()}, closes the context and exits with the value
 * returned ({@code null} counts as 0). An exception thrown by {@code call()} is one line on standard
 * error and exit status 1. The name {@code daemon} and the option {@code --config} belong to the
 * runtime; {@code -h}/{@code --help} is added when the command does not declare it. See
 * docs/runtime.md §1.
 */
public interface ServiceCommand extends Callable<Integer> {}
