package io.tenflowers.bench.env;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.tenflowers.bench.env.TestGit.commit;
import static io.tenflowers.bench.env.TestGit.git;
import static io.tenflowers.bench.env.TestGit.init;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An interrupted comparison (Ctrl-C is SIGINT, a CI job's cancel SIGTERM) leaves no worktree behind. */
class GitWorktreeInterruptTest {
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aKilledBuildRemovesItsWorktreeOnTheWayOut(@TempDir Path tmp) throws Exception {
        TestGit.assumeGit();
        Path repo = init(tmp.resolve("repo"));
        String old = commit(repo, "a.txt", "old");
        commit(repo, "a.txt", "new");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // Surefire's own JVM may see only its booter jar; it names the real test classpath here.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process holder = new ProcessBuilder(java.toString(), "-cp", classpath,
                WorktreeHolder.class.getName(), repo.toString(), old, repo.resolve("target").toString())
                .redirectErrorStream(true).start();
        Path worktree;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            worktree = Path.of(out.readLine());
            assertTrue(Files.isDirectory(worktree), worktree.toString());
            assertEquals(2, git(repo, "worktree", "list").lines().count());

            holder.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the JVM did not exit");
        } finally {
            holder.destroyForcibly();
        }
        assertFalse(Files.exists(worktree), "the worktree directory is gone");
        assertEquals(1, git(repo, "worktree", "list").lines().count(), git(repo, "worktree", "list"));
    }
}
