package io.tenflowers.bench.env;

import static io.tenflowers.bench.env.TestGit.commit;
import static io.tenflowers.bench.env.TestGit.git;
import static io.tenflowers.bench.env.TestGit.init;
import static io.tenflowers.bench.env.TestGit.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRefsTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void needsGit() {
        TestGit.assumeGit();
    }

    @Test
    void explicitBranchTagAndCommitResolveToTheirCommits() {
        Path repo = init(tmp.resolve("repo"));
        String first = commit(repo, "a.txt", "one");
        git(repo, "tag", "-a", "v1", "-m", "release one"); // annotated: must peel to the commit
        git(repo, "branch", "old");
        String second = commit(repo, "a.txt", "two");

        assertEquals(first, GitRefs.choose(repo, "old").commit());
        assertEquals(first, GitRefs.choose(repo, "v1").commit());
        assertEquals(first, GitRefs.choose(repo, first.substring(0, 10)).commit());
        GitRefs.Choice head = GitRefs.choose(repo, " main ");
        assertEquals(second, head.commit());
        assertEquals("main", head.ref());
        assertEquals("-Dtenflowers.bench.against=main names commit " + second.substring(0, 7), head.why());
    }

    @Test
    void unknownRefNamesTheRefAndTheFix() {
        Path repo = init(tmp.resolve("repo"));
        commit(repo, "a.txt", "one");

        GitException e = assertThrows(GitException.class, () -> GitRefs.choose(repo, "no-such-branch"));
        assertTrue(e.getMessage().startsWith("Unknown git ref 'no-such-branch' (git: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("Name a branch, tag or commit with -Dtenflowers.bench.against=<ref>."),
                e.getMessage());
        GitException option = assertThrows(GitException.class, () -> GitRefs.choose(repo, "--all"));
        assertTrue(option.getMessage().startsWith("Unknown git ref '--all'"), option.getMessage());
    }

    @Test
    void dirtyTreeComparesWithHeadEvenWhenAnOriginExists() {
        Clones clones = featureBranchTwoCommitsAhead();
        write(clones.work.resolve("a.txt"), "edited, not committed");

        GitRefs.Choice choice = GitRefs.choose(clones.work, null);

        String head = git(clones.work, "rev-parse", "HEAD");
        assertEquals(head, choice.commit());
        assertEquals("HEAD", choice.ref());
        assertEquals("the work tree has uncommitted changes: comparing with HEAD " + head.substring(0, 7),
                choice.why());
    }

    @Test
    void untrackedFilesDoNotMakeTheTreeDirty() {
        Clones clones = featureBranchTwoCommitsAhead();
        write(clones.work.resolve("untracked.txt"), "e.g. .benchmarks history");

        assertEquals(clones.forkPoint, GitRefs.choose(clones.work, "").commit());
    }

    @Test
    void cleanTreeComparesWithTheMergeBaseOfOriginHead() {
        Clones clones = featureBranchTwoCommitsAhead();

        GitRefs.Choice choice = GitRefs.choose(clones.work, null);

        // The fork point, not origin/main's newer tip and not HEAD: the catch for a naive "origin/HEAD".
        assertEquals(clones.forkPoint, choice.commit());
        assertNotEquals(git(clones.work, "rev-parse", "origin/main"), choice.commit());
        assertNotEquals(git(clones.work, "rev-parse", "HEAD"), choice.commit());
        assertEquals("origin/HEAD", choice.ref());
        assertEquals("merge base of HEAD with origin/HEAD (origin/main): " + clones.forkPoint.substring(0, 7),
                choice.why());
    }

    @Test
    void cleanTreeOnTheRemoteTipSaysBothSidesAreTheSame() {
        Clones clones = featureBranchTwoCommitsAhead();
        git(clones.work, "checkout", "-q", "--detach", clones.forkPoint);

        GitRefs.Choice choice = GitRefs.choose(clones.work, null);

        assertEquals(clones.forkPoint, choice.commit());
        assertTrue(choice.why().endsWith("which is HEAD itself, so both sides build the same commit"), choice.why());
    }

    @Test
    void cleanTreeWithoutOriginAsksForARef() {
        Path repo = init(tmp.resolve("repo"));
        commit(repo, "a.txt", "one");

        GitException e = assertThrows(GitException.class, () -> GitRefs.choose(repo, null));
        assertTrue(e.getMessage().contains("no origin/HEAD"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dtenflowers.bench.against=<ref>"), e.getMessage());
    }

    @Test
    void repositoryWithoutCommitsSaysSo() {
        Path repo = init(tmp.resolve("repo"));

        GitException e = assertThrows(GitException.class, () -> GitRefs.choose(repo, null));
        assertTrue(e.getMessage().contains("has no commit yet"), e.getMessage());
    }

    @Test
    void notAGitWorkTreeIsAClearMessage() {
        GitException e = assertThrows(GitException.class, () -> GitRefs.choose(tmp, "main"));
        assertTrue(e.getMessage().startsWith(tmp + " is not inside a git work tree (git: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("needs the project in a git clone."), e.getMessage());

        GitException missing = assertThrows(GitException.class, () -> GitRefs.choose(null, null));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertThrows(GitException.class, () -> GitRefs.choose(tmp.resolve("absent"), null));
    }

    private record Clones(Path work, String forkPoint) {
    }

    /**
     * upstream (main: A, B) → bare origin.git → work clone with a feature branch (C, D); then upstream
     * pushes E to origin and work fetches it, so origin/main moves past the fork point B.
     */
    private Clones featureBranchTwoCommitsAhead() {
        Path upstream = init(tmp.resolve("upstream"));
        commit(upstream, "a.txt", "A");
        String forkPoint = commit(upstream, "a.txt", "B");
        Path origin = tmp.resolve("origin.git");
        git(tmp, "clone", "-q", "--bare", upstream.toString(), origin.toString());
        Path work = tmp.resolve("work");
        git(tmp, "clone", "-q", origin.toString(), work.toString());
        git(work, "checkout", "-q", "-b", "feature");
        commit(work, "b.txt", "C");
        commit(work, "b.txt", "D");
        commit(upstream, "a.txt", "E");
        git(upstream, "push", "-q", origin.toString(), "main");
        git(work, "fetch", "-q", "origin");
        // A clone sets origin/HEAD; setting it again documents the precondition of the rule.
        git(work, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");
        return new Clones(work, forkPoint);
    }
}
