package dev.shiva.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

/** The ways the fuzz test damages a config file; each is deterministic for a given Random. */
enum Mutation {
    DELETE_LINE {
        @Override
        String apply(String text, Random random) {
            List<String> lines = lines(text);
            lines.remove(random.nextInt(lines.size()));
            return String.join("\n", lines);
        }
    },
    DUPLICATE_LINE {
        @Override
        String apply(String text, Random random) {
            List<String> lines = lines(text);
            int at = random.nextInt(lines.size());
            lines.add(at, lines.get(at));
            return String.join("\n", lines);
        }
    },
    SWAP_LINES {
        @Override
        String apply(String text, Random random) {
            List<String> lines = lines(text);
            int a = random.nextInt(lines.size());
            int b = random.nextInt(lines.size());
            String line = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, line);
            return String.join("\n", lines);
        }
    },
    REINDENT_LINE {
        @Override
        String apply(String text, Random random) {
            List<String> lines = lines(text);
            int at = random.nextInt(lines.size());
            lines.set(at, " ".repeat(random.nextInt(9)) + lines.get(at).stripLeading());
            return String.join("\n", lines);
        }
    },
    REPLACE_VALUE {
        @Override
        String apply(String text, Random random) {
            List<String> lines = lines(text);
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            int colon = line.indexOf(": ");
            String key = colon < 0 ? line : line.substring(0, colon);
            lines.set(at, key + ": " + VALUES[random.nextInt(VALUES.length)]);
            return String.join("\n", lines);
        }
    },
    RENAME_KEY {
        @Override
        String apply(String text, Random random) {
            List<String> lines = lines(text);
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            int colon = line.indexOf(':');
            if (colon > 1) {
                char[] chars = line.toCharArray();
                int i = line.length()
                        - line.stripLeading().length()
                        + random.nextInt(Math.max(
                                1, colon - (line.length() - line.stripLeading().length())));
                chars[Math.min(i, colon - 1)] = (char) ('a' + random.nextInt(26));
                lines.set(at, new String(chars));
            }
            return String.join("\n", lines);
        }
    },
    RANDOM_BYTES {
        @Override
        String apply(String text, Random random) {
            StringBuilder result = new StringBuilder(text);
            int count = 1 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                char c = (char) random.nextInt(random.nextBoolean() ? 128 : 0xD7FF);
                result.insert(random.nextInt(result.length() + 1), c);
            }
            return result.toString();
        }
    },
    TRUNCATE {
        @Override
        String apply(String text, Random random) {
            return text.substring(0, random.nextInt(text.length() + 1));
        }
    },
    DEEP_NESTING {
        @Override
        String apply(String text, Random random) {
            int depth = 50 + random.nextInt(20_000);
            String open = random.nextBoolean() ? "[" : "{a: ";
            return text + "\nx-deep: " + open.repeat(depth) + "\n";
        }
    },
    HUGE_SCALAR {
        @Override
        String apply(String text, Random random) {
            int size = random.nextBoolean() ? 1_000_000 : 3_000_000;
            return text.replaceFirst("app_name: \\S+", "app_name: " + "x".repeat(size));
        }
    },
    ALIAS_BOMB {
        @Override
        String apply(String text, Random random) {
            int levels = 5 + random.nextInt(30);
            int width = 2 + random.nextInt(9);
            StringBuilder bomb = new StringBuilder("\nbomb:\n  l0: &l0 [lol, lol]\n");
            for (int level = 1; level <= levels; level++) {
                String[] refs = new String[width];
                Arrays.fill(refs, "*l" + (level - 1));
                bomb.append("  l")
                        .append(level)
                        .append(": &l")
                        .append(level)
                        .append(" [")
                        .append(String.join(", ", refs))
                        .append("]\n");
            }
            return text + bomb;
        }
    },
    RECURSIVE_ALIAS {
        @Override
        String apply(String text, Random random) {
            return text + "\nloop: &loop\n  again: *loop\n";
        }
    },
    MAKO_LINE {
        @Override
        String apply(String text, Random random) {
            List<String> lines = lines(text);
            lines.add(random.nextInt(lines.size()), "% if env == 'prod':");
            return String.join("\n", lines);
        }
    },
    PLACEHOLDER_NOISE {
        @Override
        String apply(String text, Random random) {
            String[] noise = {"${", "${}", "${1}", "${a.b}", "${A:${B}}", "${A", "${A:}", "}${"};
            return text.replaceFirst(
                    ": (\\S+)\n", ": " + Matcher.quoteReplacement(noise[random.nextInt(noise.length)]) + "$1\n");
        }
    };

    private static final String[] VALUES = {
        "",
        "~",
        "null",
        "yes",
        "no",
        "On",
        "-1",
        "0",
        "99999999999999999999999",
        "0x1F",
        "1_000",
        "1:30",
        ".inf",
        "1e309",
        "[]",
        "{}",
        "[a, b]",
        "{a: 1}",
        "'quoted'",
        "\"esc\\u0041\"",
        "!!binary aGk=",
        "!custom x",
        "&a x",
        "*undefined",
        "|",
        ">",
        "${PORT:8085}",
        "${NOPE}",
        "@reserved",
        "`tick`",
        "\"unterminated",
        "- item"
    };

    abstract String apply(String text, Random random);

    static Mutation pick(Random random) {
        Mutation[] all = values();
        return all[random.nextInt(all.length)];
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }
}
