package io.tenflowers.bench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ratio a project declares between two benchmarks (e.g. forward+backward / forward-only), computed
 * for every parameter combination the two share.
 *
 * <p>{@code value = s₁ / s₂}; with JMH's errors {@code e₁, e₂} taken as independent, first-order
 * propagation gives {@code error = value · √((e₁/s₁)² + (e₂/s₂)²)}.
 *
 * @param name        the ratio's name in the results
 * @param numerator   benchmark id without parameters ({@code Suite.group.benchmark}) or full JMH name
 * @param denominator likewise
 * @param metric      {@code score} (default) or a secondary metric's name, e.g. {@code gc.alloc.rate.norm}
 */
public record RatioDefinition(String name, String numerator, String denominator, String metric) {
    /** The primary score. */
    public static final String SCORE = "score";

    public RatioDefinition {
        metric = metric == null || metric.isBlank() ? SCORE : metric.trim();
    }

    /**
     * @param benchmarks results
     * @return one ratio per parameter combination present on both sides (a side without parameters
     *         pairs with every combination of the other); none when either side is absent
     */
    public List<ResultsDocument.Ratio> compute(List<ResultsDocument.Benchmark> benchmarks) {
        List<ResultsDocument.Ratio> ratios = new ArrayList<>();
        for (ResultsDocument.Benchmark top : benchmarks) {
            if (!matches(top, numerator)) {
                continue;
            }
            for (ResultsDocument.Benchmark bottom : benchmarks) {
                if (matches(bottom, denominator) && paired(top.params(), bottom.params())) {
                    Double[] a = metricOf(top);
                    Double[] b = metricOf(bottom);
                    if (a[0] != null && b[0] != null && b[0] != 0) {
                        double value = a[0] / b[0];
                        Double error = a[1] == null || b[1] == null || a[0] == 0 ? null
                                : Math.abs(value) * Math.sqrt(square(a[1] / a[0]) + square(b[1] / b[0]));
                        ratios.add(new ResultsDocument.Ratio(name, top.id(), bottom.id(), metric, value, error));
                    }
                }
            }
        }
        return ratios;
    }

    private static boolean matches(ResultsDocument.Benchmark result, String name) {
        return result.benchmark().equals(name) || BenchmarkId.withoutPackage(result.benchmark()).equals(name);
    }

    private static boolean paired(Map<String, String> a, Map<String, String> b) {
        return a.equals(b) || a.isEmpty() || b.isEmpty();
    }

    private Double[] metricOf(ResultsDocument.Benchmark result) {
        if (SCORE.equals(metric)) {
            return new Double[]{result.score(), result.error()};
        }
        ResultsDocument.Metric secondary = result.secondary().get(metric);
        return secondary == null ? new Double[]{null, null} : new Double[]{secondary.score(), secondary.error()};
    }

    private static double square(double x) {
        return x * x;
    }
}
