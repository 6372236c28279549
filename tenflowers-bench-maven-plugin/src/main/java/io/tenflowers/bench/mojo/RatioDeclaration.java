package io.tenflowers.bench.mojo;

import io.tenflowers.bench.model.RatioDefinition;

/**
 * A {@code <ratio>} in the plugin's {@code <ratios>}: {@code numerator / denominator}, written into
 * {@code results.json} for every parameter combination the two benchmarks share.
 *
 * <pre>{@code
 * <ratio>
 *   <name>backward_overhead</name>
 *   <numerator>PerformanceComparison.gradient_overhead.forward_only</numerator>
 *   <denominator>PerformanceComparison.gradient_overhead.forward_backward</denominator>
 * </ratio>
 * }</pre>
 */
public class RatioDeclaration {
    /** The ratio's name in the results. */
    private String name;
    /** Benchmark id without parameters, or full JMH name. */
    private String numerator;
    /** Benchmark id without parameters, or full JMH name. */
    private String denominator;
    /** {@code score} (default) or a secondary metric, e.g. {@code gc.alloc.rate.norm}. */
    private String metric;

    /** @return the plain definition */
    RatioDefinition toDefinition() {
        return new RatioDefinition(name, numerator, denominator, metric);
    }

    /** @return what is missing, or null when complete */
    String problem() {
        if (name == null || numerator == null || denominator == null) {
            return "A <ratio> needs <name>, <numerator> and <denominator> (got name=" + name + ", numerator="
                    + numerator + ", denominator=" + denominator + ").";
        }
        return null;
    }
}
