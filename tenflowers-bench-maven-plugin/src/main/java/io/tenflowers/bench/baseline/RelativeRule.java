package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.BaselineDocument.SavedBenchmark;
import io.tenflowers.bench.model.BaselineDocument.SavedMetric;
import io.tenflowers.bench.model.BaselineDocument.SavedRun;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.Direction;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import io.tenflowers.bench.stats.ChangeEstimate;
import io.tenflowers.bench.stats.ForkMeans;
import io.tenflowers.bench.stats.MultipleComparisons;
import io.tenflowers.bench.stats.RankSumTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relative rule: every metric with a direction (a throughput, a time or bytes per operation)
 * of every benchmark in both the results and the saved run is compared fork by fork.
 *
 * <ol>
 *   <li>Units: the fork means on each side ({@link ForkMeans}).</li>
 *   <li>INSUFFICIENT_DATA when the exact test's smallest reachable p-value with these fork counts
 *       exceeds {@code alpha / m} (m = metrics compared), the level Holm's adjustment applies to a
 *       lone real change: such a comparison can never be significant, so it neither passes as
 *       NO_CHANGE nor fails; the note says how many forks per side would do.</li>
 *   <li>Significance: two-sided Mann-Whitney U, then Holm over the m comparisons.</li>
 *   <li>Effect: the ratio of medians with a fork-bootstrap interval; "worse" is a fall for
 *       {@code higher}, a rise for {@code lower}.</li>
 *   <li>REGRESSED when the adjusted p-value ≤ alpha and the median is worse by more than the
 *       threshold; IMPROVED likewise better; otherwise NO_CHANGE. MISSING and NEW for benchmarks on
 *       one side only.</li>
 * </ol>
 */
public final class RelativeRule {
    /** The primary metric's name in verdicts and thresholds. */
    public static final String SCORE = "score";

    private final GateSettings settings;

    public RelativeRule(GateSettings settings) {
        this.settings = settings;
    }

    /**
     * @param results the run to judge
     * @param saved   the saved run it is compared with
     * @return one judgement per benchmark and metric, in the results' order, then the missing ones
     */
    public List<Judgement> judge(ResultsDocument results, SavedRun saved) {
        Map<String, SavedBenchmark> baseline = new LinkedHashMap<>();
        saved.benchmarks().forEach(b -> baseline.put(b.id(), b));
        List<Pair> pairs = new ArrayList<>();
        List<Judgement> judgements = new ArrayList<>();
        for (ResultsDocument.Benchmark benchmark : results.benchmarks()) {
            SavedBenchmark old = baseline.remove(benchmark.id());
            if (old == null) {
                judgements.add(alone(benchmark.id(), SCORE, benchmark.unit(), benchmark.direction(), Verdict.NEW,
                        "not in the baseline"));
                continue;
            }
            pairs.add(new Pair(benchmark.id(), SCORE, benchmark.unit(), benchmark.direction(), old.samples(),
                    benchmark.samples(), old.noiseBand(), !java.util.Objects.equals(old.unit(), benchmark.unit())));
            if (benchmark.secondary() != null) {
                benchmark.secondary().forEach((name, metric) -> {
                    SavedMetric oldMetric = old.secondary() == null ? null : old.secondary().get(name);
                    if (oldMetric != null && Direction.ofUnit(metric.unit()) != Direction.INFORMATIONAL) {
                        pairs.add(new Pair(benchmark.id(), name, metric.unit(), metric.direction(), oldMetric.samples(),
                                metric.samples(), oldMetric.noiseBand(),
                                !java.util.Objects.equals(oldMetric.unit(), metric.unit())));
                    }
                });
            }
        }
        pairs.removeIf(p -> {
            if (Direction.ofUnit(p.unit) == Direction.INFORMATIONAL || p.unitChanged) {
                judgements.add(alone(p.id, p.metric, p.unit, p.direction, Verdict.NOT_JUDGED, p.unitChanged
                        ? "the unit changed since the baseline" : "unit " + p.unit + " has no better direction"));
                return true;
            }
            return false;
        });
        judgements.addAll(compare(pairs));
        baseline.values().forEach(old -> judgements.add(alone(old.id(), SCORE, old.unit(), old.direction(),
                Verdict.MISSING, "in the baseline, not in the results")));
        return judgements;
    }

    private List<Judgement> compare(List<Pair> pairs) {
        int m = Math.max(1, pairs.size());
        double strictest = settings.alpha() / m;
        Double[] raw = new Double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            if (p.old.length > 0 && p.current.length > 0
                    && RankSumTest.smallestReachablePValue(p.old.length, p.current.length) <= strictest) {
                raw[i] = RankSumTest.pValue(p.old, p.current);
            }
        }
        Double[] adjusted = MultipleComparisons.holmOfTested(raw);
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            judgements.add(judge(pairs.get(i), raw[i], adjusted[i], strictest));
        }
        return judgements;
    }

    private Judgement judge(Pair p, Double pValue, Double adjusted, double strictest) {
        GateSettings.Threshold threshold = settings.thresholdFor(p.id, p.metric, p.band);
        if (p.old.length == 0 || p.current.length == 0) {
            return new Judgement(p.id, p.metric, p.unit, p.direction, Verdict.INSUFFICIENT_DATA, null, null, null,
                    null, null, null, null, threshold.value(), threshold.source(), p.band, p.old.length,
                    p.current.length, "no samples on one side");
        }
        ChangeEstimate estimate = ChangeEstimate.of(p.old, p.current, settings.confidence());
        double baselineMedian = ChangeEstimate.median(p.old);
        double currentMedian = ChangeEstimate.median(p.current);
        Verdict verdict;
        String note = null;
        if (adjusted == null) {
            verdict = Verdict.INSUFFICIENT_DATA;
            int needed = RankSumTest.unitsNeededPerSide(strictest);
            note = p.old.length + " + " + p.current.length + " forks can never reach p ≤ " + format(strictest)
                    + " (α " + settings.alpha() + " over " + Math.round(settings.alpha() / strictest)
                    + " comparisons); " + needed + " forks per side can";
        } else {
            double worse = Direction.ofUnit(p.unit) == Direction.HIGHER_IS_BETTER ? -estimate.change()
                    : estimate.change();
            boolean significant = adjusted <= settings.alpha();
            if (significant && worse > threshold.value()) {
                verdict = Verdict.REGRESSED;
            } else if (significant && -worse > threshold.value()) {
                verdict = Verdict.IMPROVED;
            } else {
                verdict = Verdict.NO_CHANGE;
            }
        }
        return new Judgement(p.id, p.metric, p.unit, p.direction, verdict, baselineMedian, currentMedian,
                estimate.change(), estimate.low() - 1, estimate.high() - 1, pValue, adjusted, threshold.value(),
                threshold.source(), p.band, p.old.length, p.current.length, note);
    }

    private static Judgement alone(String id, String metric, String unit, String direction, Verdict verdict,
                                   String note) {
        return new Judgement(id, metric, unit, direction, verdict, null, null, null, null, null, null, null, 0,
                "none", null, 0, 0, note);
    }

    private static String format(double p) {
        return String.format(java.util.Locale.ROOT, "%.2g", p);
    }

    /** One metric of one benchmark on both sides. */
    private static final class Pair {
        final String id;
        final String metric;
        final String unit;
        final String direction;
        final double[] old;
        final double[] current;
        final Double band;
        final boolean unitChanged;

        Pair(String id, String metric, String unit, String direction, List<List<Double>> old,
             List<List<Double>> current, Double band, boolean unitChanged) {
            this.id = id;
            this.metric = metric;
            this.unit = unit;
            this.direction = direction;
            this.old = ForkMeans.of(old);
            this.current = ForkMeans.of(current);
            this.band = band;
            this.unitChanged = unitChanged;
        }
    }
}
