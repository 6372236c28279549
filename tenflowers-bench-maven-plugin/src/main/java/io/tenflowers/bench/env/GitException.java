package io.tenflowers.bench.env;

/**
 * A git command failed or git could not be run. The message is a complete sentence meant for the
 * user: it names what was attempted, git's own words, and how to proceed.
 */
public final class GitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message a complete sentence for the user */
    public GitException(String message) {
        super(message);
    }
}
