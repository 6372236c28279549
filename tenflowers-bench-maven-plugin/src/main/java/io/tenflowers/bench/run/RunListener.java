package io.tenflowers.bench.run;

import java.util.Map;

/** Hears a JMH run's progress, as JMH's log is read. */
public interface RunListener {
    /**
     * A benchmark (one parameter combination) finished with a result.
     *
     * @param benchmark  the JMH name
     * @param params     its parameters
     * @param resultText JMH's result, as {@code score ± error unit} (or {@code score unit})
     */
    void finished(String benchmark, Map<String, String> params, String resultText);

    /** A benchmark (one parameter combination) failed. */
    void failed(BenchmarkFailure failure);

    /**
     * A benchmark failed in its set-up and the run is being stopped because of it
     * ({@code failFastOnSetupFailure}); no further events follow. By default the same as {@link #failed}.
     */
    default void stopping(BenchmarkFailure failure) {
        failed(failure);
    }

    /** The JMH JVM is about to start (after any wait for the machine's JMH lock). */
    default void started() {
    }

    /** A line the user should see at once (waiting for the JMH lock, removed environment options). */
    void notice(String message);
}
