package dev.shiva.core.load;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostic;
import dev.shiva.core.diag.Location;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a config.yml into a {@link SourceDocument}: YAML 1.1 like Python Shiva's loader, every node
 * located, duplicate keys refused, and size, alias and depth bounded so that no input ends in an
 * OutOfMemoryError or a hang.
 */
public final class ConfigLoader {

    private final LoadLimits limits;

    public ConfigLoader() {
        this(LoadLimits.DEFAULT);
    }

    public ConfigLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /** Loads {@code file}, naming it {@code displayName} in every diagnostic. */
    public LoadResult load(Path file, String displayName) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return failure(Code.YAML_TOO_LARGE, Location.ofFile(displayName), tooLarge(size));
            }
            return parse(decode(Files.readAllBytes(file)), displayName);
        } catch (NoSuchFileException e) {
            return failure(Code.IO_UNREADABLE, Location.ofFile(displayName), "no such file");
        } catch (CharacterCodingException e) {
            return failure(Code.IO_UNREADABLE, Location.ofFile(displayName), "the file is not UTF-8 text");
        } catch (IOException e) {
            return failure(Code.IO_UNREADABLE, Location.ofFile(displayName), "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses {@code text} as the content of a file named {@code displayName}. */
    public LoadResult parse(String text, String displayName) {
        if (text.length() > limits.maxBytes()) {
            return failure(Code.YAML_TOO_LARGE, Location.ofFile(displayName), tooLarge(text.length()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(MakoScanner.scan(text, displayName));
        try {
            Optional<Diagnostic> beyondLimits = EventScan.check(text, displayName, limits);
            if (beyondLimits.isPresent()) {
                diagnostics.add(beyondLimits.get());
                return new LoadResult(Optional.empty(), diagnostics);
            }
            Optional<Node> root = composeSingleDocument(text, displayName, diagnostics);
            if (root.isEmpty()) {
                return new LoadResult(Optional.empty(), diagnostics);
            }
            NodeConverter converter = new NodeConverter(displayName, limits, diagnostics);
            SourceNode tree = converter.convert(root.get());
            return new LoadResult(Optional.of(new SourceDocument(displayName, text, tree)), diagnostics);
        } catch (MarkedYAMLException e) {
            if (diagnostics.isEmpty()) { // a Mako line already explains why the YAML does not parse
                diagnostics.add(syntaxError(e, displayName));
            }
            return new LoadResult(Optional.empty(), diagnostics);
        } catch (YAMLException e) {
            diagnostics.add(limitError(e, displayName));
            return new LoadResult(Optional.empty(), diagnostics);
        } catch (LoadAbort e) {
            diagnostics.add(e.diagnostic());
            return new LoadResult(Optional.empty(), diagnostics);
        }
    }

    private Optional<Node> composeSingleDocument(String text, String file, List<Diagnostic> diagnostics) {
        Iterator<Node> documents = newYaml().composeAll(new StringReader(text)).iterator();
        if (!documents.hasNext()) {
            diagnostics.add(new Diagnostic(
                    Code.YAML_NOT_ONE_DOCUMENT,
                    Location.ofFile(file),
                    "",
                    "the file holds no YAML document",
                    "a config.yml starts with keys such as app_name, connections, dispatchers and workers"));
            return Optional.empty();
        }
        Node first = documents.next();
        // EventScan has already refused a second document, with the place of its '---'.
        return Optional.of(first);
    }

    private Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxBytes());
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    }

    private static Diagnostic syntaxError(MarkedYAMLException e, String file) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Location location = mark == null ? Location.ofFile(file) : NodeConverter.locate(file, mark);
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (problem.contains("\\t") || problem.contains("TAB")) {
            return new Diagnostic(
                    Code.YAML_SYNTAX,
                    location,
                    "",
                    "invalid YAML: a tab character where YAML expects indentation",
                    "YAML indents with spaces only: replace the tab with spaces");
        }
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        return new Diagnostic(
                Code.YAML_SYNTAX,
                location,
                "",
                "invalid YAML: " + problem + context,
                "check the indentation and quoting here; values with ': ' or a leading '{', '[', '*', '&', '!', '%' or '@' need quotes");
    }

    private Diagnostic limitError(YAMLException e, String file) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            return new Diagnostic(
                    Code.YAML_ALIAS,
                    Location.ofFile(file),
                    "",
                    "more than " + limits.maxAliases() + " aliases of mappings or lists",
                    "write the repeated parts out, or use fewer anchors");
        }
        if (message.contains("Nesting Depth")) {
            return new Diagnostic(
                    Code.YAML_TOO_DEEP,
                    Location.ofFile(file),
                    "",
                    "the document nests deeper than " + limits.maxDepth() + " levels",
                    "a config.yml needs a handful of levels; look for runaway brackets or indentation");
        }
        if (message.contains("exceeds the limit")) {
            return new Diagnostic(Code.YAML_TOO_LARGE, Location.ofFile(file), "", tooLarge(-1), "");
        }
        if (message.contains("Recursive key")) {
            return new Diagnostic(
                    Code.YAML_UNSUPPORTED,
                    Location.ofFile(file),
                    "",
                    "a mapping key refers to itself through an alias",
                    "keys must be plain strings");
        }
        return new Diagnostic(Code.YAML_SYNTAX, Location.ofFile(file), "", "invalid YAML: " + message, "");
    }

    private String tooLarge(long size) {
        String actual = size < 0 ? "" : " (" + size + " bytes)";
        return "the file is larger than " + limits.maxBytes() + " bytes" + actual
                + "; a config.yml is a few kilobytes: is this the right file?";
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }

    private static LoadResult failure(Code code, Location location, String message) {
        return new LoadResult(Optional.empty(), List.of(new Diagnostic(code, location, "", message, "")));
    }
}
