package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.BaselineDocument.SavedBenchmark;
import io.tenflowers.bench.model.BaselineDocument.SavedRun;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.Direction;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import io.tenflowers.bench.stats.ExponentChange;
import io.tenflowers.bench.stats.ForkMeans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scaling rule: for every benchmark swept over a numeric parameter (3 or more values on both
 * sides, the others held fixed), the exponent of {@code score ∝ x^b} is compared. It REGRESSES when
 * the whole interval of {@code Δb} lies beyond the absolute tolerance in the worse direction (for a
 * throughput, a more negative exponent: the work grows faster than before with the size), IMPROVES
 * when beyond it in the better one; otherwise NO_CHANGE. It judges by its interval, not by a test,
 * so it is outside Holm's adjustment; the interval being wholly beyond the tolerance keeps it quiet
 * on noise.
 */
public final class ScalingRule {
    /** Metric names of this rule start with it: {@code exponent:batch}. */
    public static final String METRIC_PREFIX = "exponent:";

    private final GateSettings settings;

    public ScalingRule(GateSettings settings) {
        this.settings = settings;
    }

    /**
     * @param results the run
     * @param saved   the saved run
     * @return one judgement per sweep present on both sides
     */
    public List<Judgement> judge(ResultsDocument results, SavedRun saved) {
        Map<String, Sweep> now = new TreeMap<>();
        for (ResultsDocument.Benchmark b : results.benchmarks()) {
            add(now, b.id(), b.unit(), ForkMeans.of(b.samples()));
        }
        Map<String, Sweep> before = new TreeMap<>();
        for (SavedBenchmark b : saved.benchmarks()) {
            add(before, b.id(), b.unit(), ForkMeans.of(b.samples()));
        }
        List<Judgement> judgements = new ArrayList<>();
        for (Map.Entry<String, Sweep> entry : now.entrySet()) {
            Sweep current = entry.getValue();
            Sweep old = before.get(entry.getKey());
            if (old == null || Direction.ofUnit(current.unit) == Direction.INFORMATIONAL
                    || !current.unit.equals(old.unit)) {
                continue;
            }
            Map<Double, double[]> a = new TreeMap<>();
            Map<Double, double[]> b = new TreeMap<>();
            old.points.forEach((x, forks) -> {
                double[] other = current.points.get(x);
                if (other != null && forks.length > 0 && other.length > 0) {
                    a.put(x, forks);
                    b.put(x, other);
                }
            });
            if (a.size() < 3) {
                continue;
            }
            judgements.add(judgement(current, a, b));
        }
        return judgements;
    }

    private Judgement judgement(Sweep sweep, Map<Double, double[]> a, Map<Double, double[]> b) {
        ExponentChange change = ExponentChange.of(a, b, settings.confidence());
        double tolerance = settings.exponentTolerance();
        boolean higher = Direction.ofUnit(sweep.unit) == Direction.HIGHER_IS_BETTER;
        // worse: a throughput's exponent falls, a time's rises
        double worstLow = higher ? -change.high() : change.low();
        double bestLow = higher ? change.low() : -change.high();
        Verdict verdict = worstLow > tolerance ? Verdict.REGRESSED : bestLow > tolerance ? Verdict.IMPROVED
                : Verdict.NO_CHANGE;
        int forksBefore = a.values().stream().mapToInt(f -> f.length).min().orElse(0);
        int forksAfter = b.values().stream().mapToInt(f -> f.length).min().orElse(0);
        return new Judgement(sweep.name, METRIC_PREFIX + sweep.param, sweep.unit, Direction.ofUnit(sweep.unit).id(),
                verdict, change.before(), change.after(), change.delta(), change.low(), change.high(), null, null,
                tolerance, "exponent tolerance", null, forksBefore, forksAfter, a.size() + " values of " + sweep.param
                + " (absolute change of the exponent)");
    }

    /** Adds one benchmark's point to the sweeps of each of its numeric parameters. */
    private static void add(Map<String, Sweep> sweeps, String id, String unit, double[] forks) {
        int open = id.indexOf('[');
        if (open < 0 || !id.endsWith("]")) {
            return;
        }
        String base = id.substring(0, open);
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : id.substring(open + 1, id.length() - 1).split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                params.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        for (Map.Entry<String, String> param : params.entrySet()) {
            double x;
            try {
                x = Double.parseDouble(param.getValue());
            } catch (NumberFormatException notNumeric) {
                continue;
            }
            if (!(x > 0)) {
                continue;
            }
            Map<String, String> others = new TreeMap<>(params);
            others.remove(param.getKey());
            String name = base + (others.isEmpty() ? "" : others.toString().replace(" ", ""));
            Sweep sweep = sweeps.computeIfAbsent(name + '\u0000' + param.getKey(),
                    k -> new Sweep(name, param.getKey(), unit));
            sweep.points.put(x, forks);
        }
    }

    /** One benchmark's scores over the values of one parameter. */
    private static final class Sweep {
        final String name;
        final String param;
        final String unit;
        final Map<Double, double[]> points = new TreeMap<>();

        Sweep(String name, String param, String unit) {
            this.name = name;
            this.param = param;
            this.unit = unit;
        }
    }
}
