package io.tenflowers.bench.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader (a report, a CI step, a concurrent gate) sees either the old file or
 * the whole new one, never a half-written one: write a temporary file in the same directory, then
 * rename it over the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * @param target  the file to (re)place; its directory is created if missing
     * @param content its new content, written as UTF-8
     * @throws IOException if the file cannot be written
     */
    public static void write(Path target, String content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * @param source a complete file in the target's directory (same file system)
     * @param target replaced by it in one step where the file system can
     * @throws IOException if the move fails
     */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
