package io.tenflowers.bench.options;

import java.util.List;

/**
 * One or more benchmark options have values that cannot be used. Thrown before anything runs; the
 * message lists every problem found, each with the values that are allowed, so that one attempt
 * fixes them all.
 */
public final class InvalidOptionsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems one sentence per bad option, each saying what is allowed */
    public InvalidOptionsException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** @return one sentence per bad option */
    public List<String> problems() {
        return problems;
    }
}
