package io.tenflowers.bench.env;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chooses the commit that the compare goal measures the working tree against.
 *
 * <p>A ref the user names (branch, tag or commit) is resolved to its commit. Without one: {@code HEAD}
 * when tracked files have uncommitted changes (the question is "what did my edits do?"), otherwise the
 * merge base of {@code HEAD} with {@code origin/HEAD} (the question is "what did my branch do?"),
 * otherwise the user is asked to name a ref. Untracked files do not make the tree dirty, as in
 * {@link GitInfo}.
 */
public final class GitRefs {
    /** The property that names the other side; quoted in messages so the user knows what to set. */
    public static final String AGAINST_PROPERTY = "tenflowers.bench.against";

    private static final String REMOTE_HEAD = "refs/remotes/origin/HEAD";

    private GitRefs() {
    }

    /**
     * The commit chosen for the other side of a comparison.
     *
     * @param commit the full commit id
     * @param ref what was named or derived: the user's ref, {@code HEAD}, or {@code origin/HEAD}
     * @param why one sentence for the build log saying which commit was chosen and why
     */
    public record Choice(String commit, String ref, String why) {
    }

    /**
     * @param projectDir a directory inside the git work tree
     * @param against the ref the user named, or null/blank to choose by the rule above
     * @return the chosen commit with the reason
     * @throws GitException with a message for the user when the ref is unknown, the directory is not
     *         in a git work tree, git is missing, or no ref is named and none can be derived
     */
    public static Choice choose(Path projectDir, String against) {
        if (projectDir == null || !Files.isDirectory(projectDir)) {
            throw new GitException("The project directory " + projectDir + " does not exist, so no git"
                    + " commit can be chosen to compare with.");
        }
        requireWorkTree(projectDir);
        if (against != null && !against.isBlank()) {
            return named(projectDir, against.strip());
        }
        return derived(projectDir);
    }

    /**
     * @param projectDir a directory inside the git work tree
     * @return the work tree's top directory (what a worktree of another commit mirrors)
     * @throws GitException when the directory is not inside a git work tree
     */
    public static Path topLevel(Path projectDir) {
        requireWorkTree(projectDir);
        return Path.of(succeeded(GitCommand.run(projectDir, "rev-parse", "--show-toplevel")).output().strip());
    }

    private static void requireWorkTree(Path projectDir) {
        GitCommand.Result inside = GitCommand.run(projectDir, "rev-parse", "--is-inside-work-tree");
        if (!inside.succeeded() || !inside.output().strip().equals("true")) {
            throw new GitException(projectDir + " is not inside a git work tree (git: " + inside.reason()
                    + "). Comparing with another commit needs the project in a git clone.");
        }
    }

    private static Choice named(Path projectDir, String ref) {
        // A leading '-' would reach git as an option rather than a revision.
        GitCommand.Result resolved = ref.startsWith("-")
                ? null
                : GitCommand.run(projectDir, "rev-parse", "--verify", ref + "^{commit}");
        if (resolved == null || !resolved.succeeded()) {
            String reason = resolved == null ? "a ref may not start with '-'" : resolved.reason();
            throw new GitException("Unknown git ref '" + ref + "' (git: " + reason + "). Name a branch,"
                    + " tag or commit with -D" + AGAINST_PROPERTY + "=<ref>.");
        }
        String commit = resolved.output().strip();
        return new Choice(commit, ref, "-D" + AGAINST_PROPERTY + "=" + ref + " names commit " + shortId(commit));
    }

    private static Choice derived(Path projectDir) {
        GitCommand.Result head = GitCommand.run(projectDir, "rev-parse", "--verify", "HEAD^{commit}");
        if (!head.succeeded()) {
            throw new GitException("The repository at " + projectDir + " has no commit yet (git: "
                    + head.reason() + "), so there is nothing to compare with. Commit first.");
        }
        String headCommit = head.output().strip();
        GitCommand.Result status = succeeded(GitCommand.run(projectDir, "status", "--porcelain",
                "--untracked-files=no"));
        if (!status.output().isBlank()) {
            return new Choice(headCommit, "HEAD", "the work tree has uncommitted changes: comparing with HEAD "
                    + shortId(headCommit));
        }
        GitCommand.Result remoteHead = GitCommand.run(projectDir, "rev-parse", "--verify", "--quiet",
                REMOTE_HEAD + "^{commit}");
        if (!remoteHead.succeeded()) {
            throw new GitException("The work tree has no uncommitted changes and there is no origin/HEAD"
                    + " to take a merge base with, so there is nothing obvious to compare with. Name a branch,"
                    + " tag or commit with -D" + AGAINST_PROPERTY + "=<ref> (or set origin/HEAD with"
                    + " 'git remote set-head origin --auto').");
        }
        GitCommand.Result base = GitCommand.run(projectDir, "merge-base", "HEAD", REMOTE_HEAD);
        if (!base.succeeded()) {
            throw new GitException("HEAD and origin/HEAD share no history (git: " + base.reason() + "). Name"
                    + " a branch, tag or commit with -D" + AGAINST_PROPERTY + "=<ref>.");
        }
        String commit = base.output().strip();
        String why = "merge base of HEAD with origin/HEAD (" + remoteBranch(projectDir) + "): " + shortId(commit);
        if (commit.equals(headCommit)) {
            // Clean and not ahead of the remote: both sides are the same code, which the user should know.
            why += ", which is HEAD itself, so both sides build the same commit";
        }
        return new Choice(commit, "origin/HEAD", why);
    }

    /** The branch origin/HEAD points to, e.g. {@code origin/main}, for the message only. */
    private static String remoteBranch(Path projectDir) {
        GitCommand.Result target = GitCommand.run(projectDir, "symbolic-ref", "--short", REMOTE_HEAD);
        return target.succeeded() && !target.output().isBlank() ? target.output().strip() : "detached";
    }

    private static GitCommand.Result succeeded(GitCommand.Result result) {
        if (!result.succeeded()) {
            throw new GitException("'" + result.command() + "' failed (git: " + result.reason() + ").");
        }
        return result;
    }

    private static String shortId(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}
