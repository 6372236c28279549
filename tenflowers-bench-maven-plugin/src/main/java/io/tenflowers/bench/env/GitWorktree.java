package io.tenflowers.bench.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A temporary, detached git worktree holding another commit of the project, so that both sides of a
 * comparison can be built side by side. Use it in try-with-resources: {@link #close()} removes the
 * worktree and its directory. Should the JVM stop before {@code close()} (Ctrl-C during a long build),
 * a shutdown hook removes it instead, so no stray worktree stays registered in the repository.
 */
public final class GitWorktree implements AutoCloseable {
    /** Checking out a large project can take a while; rev-parse-sized commands keep the short default. */
    private static final long CHECKOUT_TIMEOUT_SECONDS = 600;

    private final Path repoDir;
    private final Path path;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GitWorktree(Path repoDir, Path path) {
        this.repoDir = repoDir;
        this.path = path;
        this.shutdownHook = new Thread(this::removeQuietly, "tenflowers-bench-worktree-cleanup");
    }

    /**
     * Runs {@code git worktree add --detach <dir> <commit>} with a fresh directory {@code compare-*}
     * under {@code parent}.
     *
     * @param repoDir a directory inside the repository's main work tree
     * @param commit the commit to check out (e.g. {@link GitRefs.Choice#commit()})
     * @param parent where the temporary directory goes, e.g. the project's {@code target/}; created if
     *        missing
     * @return the open worktree; close it to remove it
     * @throws GitException naming the git command and its error output when the checkout fails
     */
    public static GitWorktree add(Path repoDir, String commit, Path parent) {
        if (repoDir == null || commit == null || commit.isBlank() || parent == null) {
            throw new GitException("A worktree needs a repository directory, a commit and a parent directory"
                    + " (got " + repoDir + ", " + commit + ", " + parent + ").");
        }
        Path directory;
        try {
            Files.createDirectories(parent);
            // git accepts an existing empty directory, and createTempDirectory makes the name unique.
            directory = Files.createTempDirectory(parent, "compare-").toAbsolutePath();
        } catch (IOException e) {
            throw new GitException("Could not create a temporary directory under " + parent + " for the"
                    + " other side's worktree (" + e + ").");
        }
        GitWorktree worktree = new GitWorktree(repoDir, directory);
        // Registered before the checkout so that an interrupt during a long checkout also cleans up.
        Runtime.getRuntime().addShutdownHook(worktree.shutdownHook);
        try {
            GitCommand.Result added = GitCommand.run(repoDir, CHECKOUT_TIMEOUT_SECONDS, "worktree", "add",
                    "--detach", directory.toString(), commit);
            if (!added.succeeded()) {
                throw new GitException("'" + added.command() + "' failed in " + repoDir + " (git: "
                        + added.reason() + ").");
            }
            return worktree;
        } catch (RuntimeException e) {
            worktree.removeQuietly();
            worktree.deregister();
            throw e;
        }
    }

    /**
     * A worktree that outlives this build, so that later comparisons with the same commit reuse its
     * build: {@code <parent>/compare-ref-<commit>} is checked out when missing (or not at that commit)
     * and kept; {@link #close()} leaves it in place.
     *
     * @param repoDir a directory inside the repository's main work tree
     * @param commit  the full commit id to check out
     * @param parent  where the directory goes, e.g. the project's {@code target/}
     * @return the worktree, and whether it was already there
     * @throws GitException naming the git command and its error output when the checkout fails
     */
    public static Kept keep(Path repoDir, String commit, Path parent) {
        Path directory = parent.resolve("compare-ref-" + commit).toAbsolutePath();
        if (Files.isDirectory(directory)) {
            GitCommand.Result head = GitCommand.run(directory, "rev-parse", "HEAD");
            GitCommand.Result status = GitCommand.run(directory, "status", "--porcelain", "--untracked-files=no");
            if (head.succeeded() && head.output().strip().equals(commit) && status.succeeded()
                    && status.output().isBlank()) {
                return new Kept(directory, true);
            }
            GitCommand.run(repoDir, "worktree", "remove", "--force", directory.toString());
            try {
                deleteRecursively(directory);
            } catch (IOException | UncheckedIOException e) {
                throw new GitException("Could not replace the kept worktree " + directory + " (" + e + "). Remove it"
                        + " by hand.");
            }
            GitCommand.run(repoDir, "worktree", "prune");
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new GitException("Could not create " + parent + " for the other side's worktree (" + e + ").");
        }
        GitCommand.Result added = GitCommand.run(repoDir, CHECKOUT_TIMEOUT_SECONDS, "worktree", "add", "--detach",
                directory.toString(), commit);
        if (!added.succeeded()) {
            throw new GitException("'" + added.command() + "' failed in " + repoDir + " (git: " + added.reason()
                    + ").");
        }
        return new Kept(directory, false);
    }

    /**
     * @param path    the kept worktree's directory
     * @param reused  whether it was there already (and its build may be too)
     */
    public record Kept(Path path, boolean reused) {
    }

    /** @return the absolute directory holding the checked-out commit */
    public Path path() {
        return path;
    }

    /**
     * Removes the worktree ({@code git worktree remove --force}), deletes its directory and prunes
     * git's record of it. Safe to call twice, and when the directory was already deleted by hand.
     *
     * @throws GitException naming the failed command and git's error when something was left behind
     */
    @Override
    public void close() {
        deregister();
        List<String> problems = remove();
        if (!problems.isEmpty()) {
            throw new GitException("Could not remove the temporary worktree " + path + ": "
                    + String.join("; ", problems) + ". Remove it with 'git worktree remove --force " + path
                    + "' and 'git worktree prune'.");
        }
    }

    private void deregister() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs (or ran) and removes the worktree.
        }
    }

    private void removeQuietly() {
        try {
            remove();
        } catch (RuntimeException e) {
            // Best effort during shutdown or after a failed checkout; a later 'git worktree prune' tidies up.
        }
    }

    /** @return what went wrong, empty when the worktree is gone; runs only once */
    private List<String> remove() {
        List<String> problems = new ArrayList<>();
        if (!closed.compareAndSet(false, true)) {
            return problems;
        }
        GitCommand.Result removed = GitCommand.run(repoDir, "worktree", "remove", "--force", path.toString());
        try {
            deleteRecursively(path);
        } catch (IOException | UncheckedIOException e) {
            problems.add("deleting the directory failed (" + e + ")");
        }
        if (!removed.succeeded() && Files.exists(path)) {
            problems.add("'" + removed.command() + "' failed (git: " + removed.reason() + ")");
        }
        // Prune forgets worktrees whose directory is gone, which covers a remove that failed or was skipped.
        GitCommand.Result pruned = GitCommand.run(repoDir, "worktree", "prune");
        if (!pruned.succeeded()) {
            problems.add("'" + pruned.command() + "' failed (git: " + pruned.reason() + ")");
        }
        return problems;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
