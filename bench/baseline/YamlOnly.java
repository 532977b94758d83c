import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.Yaml;

/**
 * The floor a generator command stands on: a JVM that starts, parses one config.yml with
 * SnakeYAML and exits. bench/generate compares shiva's wall time to this.
 */
public final class YamlOnly {
    public static void main(String[] args) throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
            Object tree = new Yaml().load(in);
            System.out.println(tree == null ? "empty" : "parsed");
        }
    }
}
