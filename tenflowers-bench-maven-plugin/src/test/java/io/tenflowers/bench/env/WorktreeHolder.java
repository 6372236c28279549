package io.tenflowers.bench.env;

import java.nio.file.Path;

/**
 * A JVM that opens a worktree, says where, and waits to be killed: what {@code compare} is when the
 * user presses Ctrl-C during a run. Used by {@link GitWorktreeInterruptTest}.
 */
public final class WorktreeHolder {
    private WorktreeHolder() {
    }

    /** @param args repository directory, commit, parent directory */
    public static void main(String[] args) throws InterruptedException {
        GitWorktree worktree = GitWorktree.add(Path.of(args[0]), args[1], Path.of(args[2]));
        System.out.println(worktree.path());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
