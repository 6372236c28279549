package io.tenflowers.bench.run;

import io.tenflowers.bench.jmh.JmhLogListener;
import io.tenflowers.bench.model.BenchmarkFailure;

/** Hears a JMH run's progress: what its log says, and the run's own events. */
public interface RunListener extends JmhLogListener {
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
