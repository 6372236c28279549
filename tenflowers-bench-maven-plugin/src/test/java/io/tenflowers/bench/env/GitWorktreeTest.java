package io.tenflowers.bench.env;

import static io.tenflowers.bench.env.TestGit.commit;
import static io.tenflowers.bench.env.TestGit.git;
import static io.tenflowers.bench.env.TestGit.init;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitWorktreeTest {
    @TempDir
    Path tmp;

    private Path repo;
    private String old;

    @BeforeEach
    void repositoryWithTwoCommits() {
        TestGit.assumeGit();
        repo = init(tmp.resolve("repo"));
        old = commit(repo, "a.txt", "old");
        commit(repo, "a.txt", "new");
        commit(repo, "added-later.txt", "x");
    }

    @Test
    void addChecksOutTheOldCommitAndCloseRemovesEverything() throws IOException {
        Path parent = repo.resolve("target");
        Path path;
        try (GitWorktree worktree = GitWorktree.add(repo, old, parent)) {
            path = worktree.path();
            assertTrue(path.startsWith(parent.toAbsolutePath()), path.toString());
            assertTrue(path.getFileName().toString().startsWith("compare-"), path.toString());
            assertEquals("old", Files.readString(path.resolve("a.txt")));
            assertFalse(Files.exists(path.resolve("added-later.txt")));
            assertEquals(old, git(path, "rev-parse", "HEAD"));
            assertEquals("new", Files.readString(repo.resolve("a.txt")), "the main tree is untouched");
            assertEquals(2, worktrees(), git(repo, "worktree", "list"));
        }
        assertFalse(Files.exists(path));
        assertEquals(1, worktrees(), git(repo, "worktree", "list"));
    }

    @Test
    void closeAfterTheDirectoryWasDeletedDoesNotThrow() throws IOException {
        GitWorktree worktree = GitWorktree.add(repo, old, tmp.resolve("target"));
        deleteRecursively(worktree.path());

        assertDoesNotThrow(worktree::close);
        assertDoesNotThrow(worktree::close, "closing twice is harmless");
        assertEquals(1, worktrees(), git(repo, "worktree", "list"));
    }

    @Test
    void failedCheckoutNamesTheCommandAndLeavesNothingBehind() throws IOException {
        Path parent = tmp.resolve("target");
        String missing = "0123456789abcdef0123456789abcdef01234567";

        GitException e = assertThrows(GitException.class, () -> GitWorktree.add(repo, missing, parent));

        assertTrue(e.getMessage().startsWith("'git worktree add --detach "), e.getMessage());
        assertTrue(e.getMessage().contains(missing + "' failed in " + repo + " (git: "), e.getMessage());
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(0, left.count(), "the temporary directory is removed");
        }
        assertEquals(1, worktrees(), git(repo, "worktree", "list"));
    }

    private int worktrees() {
        return git(repo, "worktree", "list", "--porcelain").split("(?m)^worktree ").length - 1;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
