package io.tenflowers.bench.model;

import java.util.List;
import java.util.Map;

/**
 * A benchmark (one parameter combination) that produced no result, as read from JMH's log.
 *
 * @param benchmark the JMH name
 * @param params    its parameters
 * @param kind      what went wrong
 * @param error     the exception's first line ({@code java.lang.IllegalStateException: message}),
 *                  or for a crashed fork JMH's line about it
 * @param detail    the rest of the stack trace (or the fork's last output), possibly empty
 */
public record BenchmarkFailure(String benchmark, Map<String, String> params, Kind kind, String error,
                               List<String> detail) {
    /** What went wrong. */
    public enum Kind {
        /** The benchmark method (or a tear-down) threw. */
        EXCEPTION,
        /** A {@code @Setup} method threw: typically an environment the benchmark refuses (no GPU). */
        SETUP,
        /** The forked JVM died (crash, {@code System.exit}, out of memory). */
        FORK_CRASH,
        /** Listed for the run but absent from the results, with nothing in the log to say why. */
        MISSING,
        /** Never started: the run was stopped after a set-up failure ({@code failFastOnSetupFailure}). */
        NOT_RUN
    }

    public BenchmarkFailure {
        params = Map.copyOf(params);
        detail = List.copyOf(detail);
    }
}
