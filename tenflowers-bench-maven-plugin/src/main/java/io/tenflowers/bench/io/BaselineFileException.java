package io.tenflowers.bench.io;

/**
 * A baseline (or results) file that cannot be used: missing, malformed, of an unknown schema, or
 * with a value that makes no sense. The message names the file, the line and the field where it
 * can, the problem, and what to do.
 */
public class BaselineFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public BaselineFileException(String message) {
        super(message);
    }
}
