package dev.shiva.runtime.internal.cli;

import io.micronaut.context.BeanContext;
import picocli.CommandLine;

/**
 * Picocli's instances from the ApplicationContext: a command class (or any other class picocli asks
 * for: a subcommand, a mixin, a converter) that is a bean is taken from the context, with its
 * injections; everything else, JDK types such as the collections of multi-value options included,
 * comes from picocli's own factory.
 */
public final class ContextCommandFactory implements CommandLine.IFactory {

    private final BeanContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    public ContextCommandFactory(BeanContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (!type.getName().startsWith("java.") && context.containsBean(type)) {
            return context.getBean(type);
        }
        return fallback.create(type);
    }
}
