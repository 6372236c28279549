package io.tenflowers.bench.env;

import io.tenflowers.bench.model.ResultsDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The git commit of the benchmarked project and whether its tracked files differ from it. Untracked
 * files (e.g. the {@code .benchmarks/} history this plugin writes) do not make a tree dirty.
 */
public final class GitInfo {
    private GitInfo() {
    }

    /**
     * @param directory a directory inside the work tree
     * @return commit and dirty flag; both null when there is no git or no repository
     */
    public static ResultsDocument.Git of(Path directory) {
        String commit = git(directory, "rev-parse", "HEAD");
        if (commit == null || commit.isBlank()) {
            return new ResultsDocument.Git(null, null);
        }
        String status = git(directory, "status", "--porcelain", "--untracked-files=no");
        return new ResultsDocument.Git(commit.trim(), status == null ? null : !status.isBlank());
    }

    private static String git(Path directory, String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null; // no git installed: the run is still valid, only less traceable
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
