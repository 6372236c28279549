package io.tenflowers.bench.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OwnedOutputsTest {
    @Test
    void removesEveryOutputOfARunAndNothingElse(@TempDir Path dir) throws Exception {
        for (String name : List.of("comparison.json", "summary.txt", "notes.md", "jmh.log")) {
            Files.writeString(dir.resolve(name), "stale");
        }
        assertEquals(List.of("summary.txt", "jmh.log", "comparison.json"), OwnedOutputs.removeFrom(dir));
        assertTrue(Files.exists(dir.resolve("notes.md")));
        assertFalse(Files.exists(dir.resolve("comparison.json")));
        assertEquals(List.of(), OwnedOutputs.removeFrom(dir));
    }

    @Test
    void aMissingDirectoryHasNothingToRemove(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), OwnedOutputs.removeFrom(dir.resolve("not-yet")));
    }

    @Test
    void runIdsSortByTimeAndDifferWithinASecond() {
        java.time.Instant t = java.time.Instant.parse("2026-12-03T08:30:00Z");
        String a = RunId.of(t);
        String b = RunId.of(t);
        assertTrue(a.matches("20261203T083000Z-[0-9a-f]{8}"), a);
        assertFalse(a.equals(b));
    }
}
