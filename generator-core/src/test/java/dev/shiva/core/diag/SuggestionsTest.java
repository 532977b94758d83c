package dev.shiva.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> DISPATCHERS = List.of("web", "daemon_root_main", "shiva_bench");

    @Test
    void suggestsTheClosestNameForTyposAndSwaps() {
        assertEquals(Optional.of("daemon_root_main"), Suggestions.closest("daemon_root_mian", DISPATCHERS));
        assertEquals(Optional.of("shiva_bench"), Suggestions.closest("shiva_bnch", DISPATCHERS));
        assertEquals(Optional.of("web"), Suggestions.closest("Web", DISPATCHERS));
    }

    @Test
    void suggestsNothingForUnrelatedNames() {
        assertEquals(Optional.empty(), Suggestions.closest("metrics", DISPATCHERS));
        assertEquals("", Suggestions.didYouMean("xyz", DISPATCHERS));
    }
}
