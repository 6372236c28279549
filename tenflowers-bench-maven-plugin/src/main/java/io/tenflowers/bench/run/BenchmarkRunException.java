package io.tenflowers.bench.run;

/**
 * The benchmark run could not be carried out or did not complete (JMH would not start, nothing was
 * selected, a benchmark failed, a fork crashed). The message says what happened and where to look.
 */
public class BenchmarkRunException extends Exception {
    private static final long serialVersionUID = 1L;

    public BenchmarkRunException(String message) {
        super(message);
    }

    public BenchmarkRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
