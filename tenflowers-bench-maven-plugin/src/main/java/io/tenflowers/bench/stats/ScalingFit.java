package io.tenflowers.bench.stats;

import io.tenflowers.bench.model.BenchmarkId;
import io.tenflowers.bench.model.ResultsDocument.ScalingExponent;
import io.tenflowers.bench.model.ResultsDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scaling exponent of every benchmark swept over a numeric parameter: the slope {@code b} of
 * the least-squares line {@code ln(score) = a + b·ln(x)}, that is {@code score ∝ x^b}.
 *
 * <p>With {@code u = ln x}, {@code v = ln score} over the {@code n} points:
 * {@code b = Σ(u−ū)(v−v̄) / Σ(u−ū)²}, and {@code R² = 1 − Σ(v−a−bu)² / Σ(v−v̄)²}. For a throughput
 * (ops/s) of work linear in the size, {@code b ≈ −1}; for n×n matmul, {@code b ≈ −3}. A benchmark
 * with several parameters gets one fit per numeric parameter and per combination of the others.
 * Two points give an exact line: R² is only reported from three points on.
 */
public final class ScalingFit {
    private ScalingFit() {
    }

    /**
     * @param benchmarks results (primary scores are fitted)
     * @return one exponent per benchmark, numeric parameter and combination of the other parameters,
     *         sorted by benchmark, parameter, then the others
     */
    public static List<ScalingExponent> fit(List<ResultsDocument.Benchmark> benchmarks) {
        Map<String, Map<Double, Double>> groups = new TreeMap<>();
        Map<String, Object[]> keys = new LinkedHashMap<>();
        for (ResultsDocument.Benchmark result : benchmarks) {
            if (result.score() == null || result.score() <= 0) {
                continue; // the logarithm needs positive scores
            }
            for (Map.Entry<String, String> param : result.params().entrySet()) {
                Double x = positiveNumber(param.getValue());
                if (x == null) {
                    continue;
                }
                Map<String, String> others = new TreeMap<>(result.params());
                others.remove(param.getKey());
                String base = BenchmarkId.withoutPackage(result.benchmark());
                String key = base + '\u0000' + param.getKey() + '\u0000' + others;
                keys.putIfAbsent(key, new Object[]{base, param.getKey(), others});
                groups.computeIfAbsent(key, k -> new TreeMap<>()).put(x, result.score());
            }
        }
        List<ScalingExponent> exponents = new ArrayList<>();
        groups.forEach((key, points) -> {
            if (points.size() < 2) {
                return;
            }
            double[] u = points.keySet().stream().mapToDouble(Math::log).toArray();
            double[] v = points.values().stream().mapToDouble(Math::log).toArray();
            double[] fit = leastSquares(u, v);
            Object[] parts = keys.get(key);
            @SuppressWarnings("unchecked")
            Map<String, String> others = (Map<String, String>) parts[2];
            exponents.add(new ScalingExponent((String) parts[0], (String) parts[1], others, points.size(),
                    ((TreeMap<Double, Double>) points).firstKey(), ((TreeMap<Double, Double>) points).lastKey(),
                    fit[0], points.size() >= 3 ? fit[1] : null));
        });
        exponents.sort(Comparator.comparing(ScalingExponent::benchmark).thenComparing(ScalingExponent::param)
                .thenComparing(e -> e.fixedParams().toString()));
        return exponents;
    }

    /**
     * @param u abscissae (at least two distinct)
     * @param v ordinates
     * @return {slope b, R²}; R² is 1 when all {@code v} are equal (a perfect horizontal fit)
     */
    public static double[] leastSquares(double[] u, double[] v) {
        double uMean = mean(u);
        double vMean = mean(v);
        double sUV = 0;
        double sUU = 0;
        for (int i = 0; i < u.length; i++) {
            sUV += (u[i] - uMean) * (v[i] - vMean);
            sUU += (u[i] - uMean) * (u[i] - uMean);
        }
        double slope = sUV / sUU;
        double intercept = vMean - slope * uMean;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < u.length; i++) {
            double r = v[i] - intercept - slope * u[i];
            residual += r * r;
            total += (v[i] - vMean) * (v[i] - vMean);
        }
        return new double[]{slope, total == 0 ? 1.0 : 1 - residual / total};
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static Double positiveNumber(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return value > 0 && Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
