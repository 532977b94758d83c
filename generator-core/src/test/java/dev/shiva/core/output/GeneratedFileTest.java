package dev.shiva.core.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedFileTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"", "/abs", "a//b", "a/./b", "../up", "a/..", "dir/", "a\\b", ".shiva", ".shiva/manifest", "a\nb"
            })
    void pathsOutsideTheProjectOrInShivasBookkeepingAreRejected(String path) {
        assertThrows(IllegalArgumentException.class, () -> new GeneratedFile(path, "x", Zone.GENERATED));
    }

    @Test
    void textAndBytesGiveTheSameContent() {
        GeneratedFile text = new GeneratedFile("a b/ü.txt", "grüß\n", Zone.USER);
        GeneratedFile bytes = new GeneratedFile("a b/ü.txt", "grüß\n".getBytes(StandardCharsets.UTF_8), Zone.USER);
        assertEquals(text, bytes);
        assertArrayEquals(
                "grüß\n".getBytes(StandardCharsets.UTF_8), text.content().bytes());
    }

    @Test
    void contentIsImmutableAndHashedWithSha256() {
        byte[] bytes = {'a', 'b', 'c'};
        Content content = Content.of(bytes);
        bytes[0] = 'x';
        content.bytes()[1] = 'y';
        assertEquals("abc", content.utf8());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", content.sha256());
    }

    @Test
    void losslessTextRoundTripsAnyBytes() {
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, '\n', (byte) 0xc3};
        assertArrayEquals(
                notUtf8, Content.fromLossless(Content.of(notUtf8).lossless()).bytes());
    }
}
