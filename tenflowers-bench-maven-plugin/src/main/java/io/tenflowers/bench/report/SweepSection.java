package io.tenflowers.bench.report;

import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.Direction;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.ResultsDocument.ScalingExponent;
import io.tenflowers.bench.report.ReportPage.Sweep;
import io.tenflowers.bench.report.chart.ScalingChart;
import io.tenflowers.bench.report.chart.ScalingPoint;
import io.tenflowers.bench.report.chart.ScalingSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scaling sweeps: the score over a numeric parameter on log-log axes, with the fitted exponent
 * {@code b} of {@code score ∝ param^b} and what it means for the work per operation, and the gate's
 * verdict on the exponent (metric {@code exponent:<param>} of the comparison).
 */
final class SweepSection {
    private SweepSection() {
    }

    static List<Sweep> of(ResultsDocument results, Judgements judgements) {
        List<Sweep> sweeps = new ArrayList<>();
        for (ScalingExponent e : results.derived().scaling()) {
            List<ScalingPoint> points = new ArrayList<>();
            String unit = "";
            for (ResultsDocument.Benchmark b : results.benchmarks()) {
                Double x = sweepValue(b, e);
                if (x == null || b.score() == null) {
                    continue;
                }
                Intervals.Bounds bounds = Intervals.of(b.samples(), b.score(), b.error());
                points.add(new ScalingPoint(x, b.score(), bounds.low(), bounds.high()));
                unit = b.unit();
            }
            String fixed = e.fixedParams().isEmpty() ? "" : new TreeMap<>(e.fixedParams()).toString().replace(" ", "");
            Judgement j = judgements.of(e.benchmark() + fixed, "exponent:" + e.param());
            String label = e.benchmark() + fixed;
            sweeps.add(new Sweep(label, e.param(), String.format(Locale.ROOT, "%.3f", e.exponent()),
                    e.rSquared() == null ? "" : String.format(Locale.ROOT, "%.3f", e.rSquared()),
                    j == null || j.baseline() == null ? "" : String.format(Locale.ROOT, "%.3f", j.baseline()),
                    j == null ? "" : Verdicts.word(j.verdict()), j == null ? "" : Verdicts.cssClass(j.verdict()),
                    meaning(e.exponent(), unit, e.param()),
                    ScalingChart.of("scaling-" + BenchmarkNames.anchor(label + "-" + e.param()),
                            label + ": score over " + e.param() + " (log-log)", e.param(), "score (" + unit + ")",
                            List.of(new ScalingSeries(BenchmarkNames.name(label), points, e.exponent())))));
        }
        return sweeps;
    }

    /** @return the swept parameter's value if the benchmark belongs to the sweep, else null */
    private static Double sweepValue(ResultsDocument.Benchmark b, ScalingExponent e) {
        if (!BenchmarkNames.withoutParams(b.id()).equals(e.benchmark()) || b.params() == null) {
            return null;
        }
        Map<String, String> others = new TreeMap<>(b.params());
        String value = others.remove(e.param());
        if (value == null || !others.equals(new TreeMap<>(e.fixedParams()))) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }

    /**
     * For a throughput ({@code ops/…}), the time per operation grows as {@code param^(−b)}; for a time
     * or bytes per operation as {@code param^b}. Within ±0.1 of 1 that is linear.
     */
    static String meaning(double exponent, String unit, String param) {
        Direction direction = Direction.ofUnit(unit);
        double work;
        if (direction == Direction.HIGHER_IS_BETTER) {
            work = -exponent;
        } else if (direction == Direction.LOWER_IS_BETTER) {
            work = exponent;
        } else {
            return "";
        }
        String shape = work > 1.1 ? "super-linear" : work >= 0.9 ? "linear" : work > 0.1 ? "sub-linear" : "flat";
        return String.format(Locale.ROOT, "cost per operation ∝ %s^%.2f (%s)", param, work, shape);
    }
}
