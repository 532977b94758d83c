package dev.shiva.cli;

import dev.shiva.core.schema.ConfigSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code shiva schema}: prints the JSON Schema of config.yml, for editors and other tools. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the JSON Schema (draft 2020-12) of config.yml.",
            "Save it and point your editor at it, e.g. `shiva schema > config.schema.json`."
        })
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(ConfigSchema.RESOURCE)) {
            if (in == null) {
                throw new IOException("the schema is missing from this build of shiva");
            }
            spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
