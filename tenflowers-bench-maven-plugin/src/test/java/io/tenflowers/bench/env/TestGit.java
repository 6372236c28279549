package io.tenflowers.bench.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds real repositories for the git tests, with an identity given per command so CI needs no config. */
final class TestGit {
    private TestGit() {
    }

    /** Skips the calling test when git is not on the PATH. */
    static void assumeGit() {
        boolean available;
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            available = process.waitFor() == 0;
        } catch (IOException e) {
            available = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            available = false;
        }
        assumeTrue(available, "git is not on the PATH");
    }

    /** Runs git in {@code dir}, fails the test on a non-zero exit, returns trimmed stdout. */
    static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Bench Test",
                "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false",
                "-c", "tag.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), () -> String.join(" ", command) + " failed: " + output);
            return output.strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new repository on branch {@code main} with no commits. */
    static Path init(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        git(dir, "init", "-q", "-b", "main");
        return dir;
    }

    /** Writes {@code file} with {@code content}, commits it and returns the new commit id. */
    static String commit(Path repo, String file, String content) {
        write(repo.resolve(file), content);
        git(repo, "add", file);
        git(repo, "commit", "-q", "-m", "write " + file + ": " + content);
        return git(repo, "rev-parse", "HEAD");
    }

    static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
