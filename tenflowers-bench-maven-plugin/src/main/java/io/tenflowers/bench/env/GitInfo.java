package io.tenflowers.bench.env;

import io.tenflowers.bench.model.ResultsDocument;

import java.nio.file.Path;

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
        try {
            GitCommand.Result result = GitCommand.run(directory, args);
            return result.succeeded() ? result.output() : null;
        } catch (GitException e) {
            return null; // no git installed: the run is still valid, only less traceable
        }
    }
}
