package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.Direction;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import io.tenflowers.bench.stats.ChangeEstimate;
import io.tenflowers.bench.stats.ForkMeans;
import io.tenflowers.bench.stats.MultipleComparisons;
import io.tenflowers.bench.stats.PairedRatio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code compare} goal's rule: two sides measured in one sitting with interleaved forks, fork
 * {@code i} of one side next to fork {@code i} of the other. Every metric with a direction of every
 * benchmark on both sides is judged from the ratios of neighbouring forks, so a drift of the machine
 * that hits both sides cancels:
 *
 * <ol>
 *   <li>Units: the fork means of each side, paired by position ({@link ForkMeans}).</li>
 *   <li>INSUFFICIENT_DATA when {@code 2 / 2^n} (the smallest two-sided p-value of the exact
 *       signed-rank test with n pairs) exceeds {@code alpha / m}, m = metrics compared; the note
 *       says how many pairs would do.</li>
 *   <li>Significance: Wilcoxon signed-rank test of the log ratios, then Holm over the m comparisons.</li>
 *   <li>Effect: {@code exp(HL) − 1} with a pair-bootstrap interval ({@link PairedRatio}).</li>
 *   <li>REGRESSED when the adjusted p-value ≤ alpha and the change is worse than the threshold;
 *       IMPROVED likewise better; otherwise NO_CHANGE. NEW and MISSING for benchmarks on one side.</li>
 * </ol>
 * In the verdicts, "baseline" is the ref's side and "current" the working tree's.
 */
public final class PairedRule {
    private final GateSettings settings;

    public PairedRule(GateSettings settings) {
        this.settings = settings;
    }

    /**
     * @param workingTree the working tree's results, forks in sitting order
     * @param ref         the ref's results, fork {@code i} measured next to the working tree's fork {@code i}
     * @return one judgement per benchmark and metric, in the working tree's order, then the missing ones
     */
    public List<Judgement> judge(ResultsDocument workingTree, ResultsDocument ref) {
        Map<String, ResultsDocument.Benchmark> other = new LinkedHashMap<>();
        ref.benchmarks().forEach(b -> other.put(b.id(), b));
        List<Side> pairs = new ArrayList<>();
        List<Judgement> judgements = new ArrayList<>();
        for (ResultsDocument.Benchmark benchmark : workingTree.benchmarks()) {
            ResultsDocument.Benchmark old = other.remove(benchmark.id());
            if (old == null) {
                judgements.add(alone(benchmark.id(), RelativeRule.SCORE, benchmark.unit(), benchmark.direction(),
                        Verdict.NEW, "not in the ref"));
                continue;
            }
            pairs.add(new Side(benchmark.id(), RelativeRule.SCORE, benchmark.unit(), benchmark.direction(),
                    ForkMeans.of(old.samples()), ForkMeans.of(benchmark.samples()),
                    !Objects.equals(old.unit(), benchmark.unit())));
            if (benchmark.secondary() != null && old.secondary() != null) {
                benchmark.secondary().forEach((name, metric) -> {
                    ResultsDocument.Metric oldMetric = old.secondary().get(name);
                    if (oldMetric != null && Direction.ofUnit(metric.unit()) != Direction.INFORMATIONAL) {
                        pairs.add(new Side(benchmark.id(), name, metric.unit(), metric.direction(),
                                ForkMeans.of(oldMetric.samples()), ForkMeans.of(metric.samples()),
                                !Objects.equals(oldMetric.unit(), metric.unit())));
                    }
                });
            }
        }
        pairs.removeIf(p -> {
            String problem = p.problem();
            if (problem != null) {
                judgements.add(alone(p.id, p.metric, p.unit, p.direction, Verdict.NOT_JUDGED, problem));
                return true;
            }
            return false;
        });
        judgements.addAll(compare(pairs));
        other.values().forEach(old -> judgements.add(alone(old.id(), RelativeRule.SCORE, old.unit(), old.direction(),
                Verdict.MISSING, "in the ref, not in the working tree")));
        return judgements;
    }

    /** @return the fewest pairs whose exact signed-rank test can reach {@code level} */
    static int pairsNeeded(double level) {
        int n = 2;
        while (PairedRatio.smallestReachablePValue(n) > level) {
            n++;
        }
        return n;
    }

    private List<Judgement> compare(List<Side> sides) {
        int m = Math.max(1, sides.size());
        double strictest = settings.alpha() / m;
        PairedRatio[] ratios = new PairedRatio[sides.size()];
        Double[] raw = new Double[sides.size()];
        for (int i = 0; i < sides.size(); i++) {
            Side side = sides.get(i);
            if (side.ref.length >= 2) {
                ratios[i] = side.constant() ? new PairedRatio(side.ref.length, 0, 0, 0, 1.0)
                        : PairedRatio.of(side.ref, side.current, settings.confidence());
                if (PairedRatio.smallestReachablePValue(side.ref.length) <= strictest) {
                    raw[i] = ratios[i].pValue();
                }
            }
        }
        Double[] adjusted = MultipleComparisons.holmOfTested(raw);
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            judgements.add(judge(sides.get(i), ratios[i], adjusted[i], strictest));
        }
        return judgements;
    }

    private Judgement judge(Side side, PairedRatio ratio, Double adjusted, double strictest) {
        GateSettings.Threshold threshold = settings.thresholdFor(side.id, side.metric, null);
        int n = side.ref.length;
        if (ratio == null) {
            return new Judgement(side.id, side.metric, side.unit, side.direction, Verdict.INSUFFICIENT_DATA, null,
                    null, null, null, null, null, null, threshold.value(), threshold.source(), null, n,
                    side.current.length, n + " pair(s) of forks: a paired comparison needs at least 2");
        }
        Verdict verdict;
        String note = null;
        if (adjusted == null) {
            verdict = Verdict.INSUFFICIENT_DATA;
            note = n + " pairs of forks can never reach p ≤ " + GateText.p(strictest) + " (α " + settings.alpha()
                    + " over " + Math.round(settings.alpha() / strictest) + " comparisons); " + pairsNeeded(strictest)
                    + " pairs can";
        } else {
            double worse = Direction.ofUnit(side.unit) == Direction.HIGHER_IS_BETTER ? -ratio.change() : ratio.change();
            boolean significant = adjusted <= settings.alpha();
            if (significant && worse > threshold.value()) {
                verdict = Verdict.REGRESSED;
            } else if (significant && -worse > threshold.value()) {
                verdict = Verdict.IMPROVED;
            } else {
                verdict = Verdict.NO_CHANGE;
            }
        }
        return new Judgement(side.id, side.metric, side.unit, side.direction, verdict,
                ChangeEstimate.median(side.ref), ChangeEstimate.median(side.current), ratio.change(), ratio.low(),
                ratio.high(), adjusted == null ? null : ratio.pValue(), adjusted, threshold.value(), threshold.source(),
                null, n, side.current.length, note);
    }

    private static Judgement alone(String id, String metric, String unit, String direction, Verdict verdict,
                                   String note) {
        return new Judgement(id, metric, unit, direction, verdict, null, null, null, null, null, null, null, 0,
                "default", null, 0, 0, note);
    }

    /** One metric of one benchmark on both sides: fork means, {@code ref[i]} next to {@code current[i]}. */
    private record Side(String id, String metric, String unit, String direction, double[] ref, double[] current,
                        boolean unitChanged) {
        /** @return why these cannot be judged as ratios, or null */
        String problem() {
            if (unitChanged) {
                return "the unit differs between the sides";
            }
            if (Direction.ofUnit(unit) == Direction.INFORMATIONAL) {
                return "unit " + unit + " has no better direction";
            }
            if (ref.length != current.length) {
                return "the sides have " + ref.length + " and " + current.length
                        + " forks: pairs need the same number on both";
            }
            if (!constant()) {
                for (int i = 0; i < ref.length; i++) {
                    if (!(ref[i] > 0) || !(current[i] > 0)) {
                        return "pair " + (i + 1) + " holds a value that is not positive, so it has no ratio";
                    }
                }
            }
            return null;
        }

        /** @return whether every fork mean on both sides is the same number (e.g. 0 bytes allocated) */
        boolean constant() {
            if (ref.length == 0) {
                return false;
            }
            double first = ref[0];
            for (int i = 0; i < ref.length; i++) {
                if (ref[i] != first || current[i] != first) {
                    return false;
                }
            }
            return true;
        }
    }
}
