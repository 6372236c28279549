package io.tenflowers.bench.mojo;

/**
 * A {@code <threshold>} in {@code <benchmarkThresholds>}: the relative threshold of the benchmarks
 * whose id matches a regex.
 *
 * <pre>{@code
 * <threshold>
 *   <benchmark>PerformanceComparison\.regression\.neural_network.*</benchmark>
 *   <value>0.15</value>
 * </threshold>
 * }</pre>
 */
public class ThresholdDeclaration {
    /** Regex matched against benchmark ids with {@code matches()}. */
    private String benchmark;
    /** Relative threshold, 0.15 = 15 %. */
    private Double value;

    String benchmark() {
        return benchmark;
    }

    Double value() {
        return value;
    }
}
