package io.tenflowers.bench.jmh;

import io.tenflowers.bench.model.BenchmarkFailure;

import java.util.Map;

/** Hears what {@link JmhLogParser} reads in JMH's output, as it is read. */
public interface JmhLogListener {
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
}
