/**
 * Facts about the machine and the work tree: CPU, memory, OS, the JVM's identity and the machine
 * fingerprint that decides whether two runs are comparable; the git commit and dirty flag; for the
 * {@code compare} goal, the commit to compare with ({@code GitRefs}) and its temporary
 * worktree ({@code GitWorktree}). Uses only {@code model}.
 */
package io.tenflowers.bench.env;
