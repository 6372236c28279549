package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.ComparisonDocument.FloorCheck;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.Direction;
import io.tenflowers.bench.model.ResultsDocument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The gate's words: violation lines, the verdict table and the summary, in a fixed locale. */
final class GateText {
    private GateText() {
    }

    /** {@code Rule violated for benchmark X: throughput is 81.3 ops/s, but expected minimum is 100 ops/s (why)} */
    static String floorViolation(FloorCheck check) {
        boolean below = check.minimum() != null && check.value() < check.minimum();
        return "Rule violated for benchmark " + check.id() + ": " + noun(check.metric(), check.unit()) + " is "
                + number(check.value()) + " " + check.unit() + ", but expected " + (below ? "minimum" : "maximum")
                + " is " + number(below ? check.minimum() : check.maximum()) + " " + check.unit()
                + (check.reason() == null || check.reason().isBlank() ? "" : " (" + check.reason() + ")");
    }

    /**
     * {@code Rule violated for benchmark X: throughput fell 23.4 % [95 % CI 18.0 … 28.9 %] (p = 0.0002,
     * adjusted 0.004; threshold 10 %, learned band 6 %)}
     */
    static String regression(Judgement j, double confidence) {
        if (j.metric().startsWith(ScalingRule.METRIC_PREFIX)) {
            return "Rule violated for benchmark " + j.id() + ": scaling exponent in "
                    + j.metric().substring(ScalingRule.METRIC_PREFIX.length()) + " went from " + exponent(j.baseline())
                    + " to " + exponent(j.current()) + " (Δ " + exponent(j.change()) + ", " + percentNumber(confidence)
                    + " % CI " + exponent(j.changeLow()) + " … " + exponent(j.changeHigh()) + "; tolerance "
                    + exponent(j.threshold()) + ")";
        }
        boolean higher = Direction.ofUnit(j.unit()) == Direction.HIGHER_IS_BETTER;
        double sign = higher ? -1 : 1;
        double a = sign * j.changeLow();
        double b = sign * j.changeHigh();
        return "Rule violated for benchmark " + j.id() + ": " + noun(j.metric(), j.unit()) + " "
                + (higher ? "fell " : "rose ") + percent(sign * j.change()) + " [" + percentNumber(confidence)
                + " % CI " + percentNumber(Math.min(a, b)) + " … " + percent(Math.max(a, b)) + "] (p = "
                + p(j.pValue()) + ", adjusted " + p(j.adjustedPValue()) + "; threshold " + percent(j.threshold())
                + (j.noiseBand() == null ? "" : ", learned band " + percent(j.noiseBand())) + ", from "
                + j.thresholdSource() + ")";
    }

    static String header(ResultsDocument results, BaselineChoice choice, String baselineFile,
                         List<Judgement> judgements, GateSettings settings) {
        if (choice.saved() == null) {
            return "Baseline check of run " + results.run().runId() + " against " + baselineFile + ": relative rule "
                    + "NOT_JUDGED: " + choice.notJudged() + ".";
        }
        long compared = judgements.stream().filter(j -> j.pValue() != null).count();
        return "Baseline check of run " + results.run().runId() + " against saved run " + choice.saved().runId()
                + (choice.saved().commit() == null ? "" : " (commit " + abbreviate(choice.saved().commit()) + ")")
                + " in " + baselineFile + ": α " + settings.alpha() + " with Holm's adjustment over " + compared
                + " comparison(s), default threshold " + percent(settings.threshold()) + ", intervals "
                + percentNumber(settings.confidence()) + " %.";
    }

    static List<String> table(List<Judgement> judgements, List<FloorCheck> floors, double confidence) {
        return table(judgements, floors, confidence, "baseline", "now");
    }

    /**
     * @param before the heading of the column of the side compared with, e.g. {@code baseline}
     * @param after  the heading of the judged side's column, e.g. {@code now}
     */
    static List<String> table(List<Judgement> judgements, List<FloorCheck> floors, double confidence, String before,
                              String after) {
        List<String> lines = new ArrayList<>();
        if (!judgements.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "  %-17s %-58s %-18s %12s %12s %9s %-21s %-18s %s", "verdict",
                    "benchmark", "metric", before, after, "change", percentNumber(confidence) + " % CI",
                    "p (adjusted)", "threshold"));
            for (Judgement j : judgements) {
                lines.add(String.format(Locale.ROOT, "  %-17s %-58s %-18s %12s %12s %9s %-21s %-18s %s",
                        j.verdict(), j.id(), j.metric() + (j.unit() == null ? "" : " [" + j.unit() + "]"),
                        number(j.baseline()), number(j.current()), change(j, j.change()),
                        j.changeLow() == null ? "" : "[" + change(j, j.changeLow()) + ", " + change(j, j.changeHigh()) + "]",
                        j.pValue() == null ? "" : p(j.pValue()) + " (" + p(j.adjustedPValue()) + ")",
                        j.verdict() == io.tenflowers.bench.model.Verdict.NEW
                                || j.verdict() == io.tenflowers.bench.model.Verdict.MISSING ? j.note()
                                : threshold(j) + " (" + j.thresholdSource() + ")"
                                + (j.note() == null ? "" : "; " + j.note())));
            }
        }
        if (!floors.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "  %-17s %-58s %-18s %12s %12s", "floor", "benchmark", "metric",
                    "limit", "now"));
            for (FloorCheck check : floors) {
                lines.add(String.format(Locale.ROOT, "  %-17s %-58s %-18s %12s %12s %s", check.passed() ? "FLOOR_PASSED"
                        : "FLOOR_VIOLATED", check.id(), check.metric() + " [" + check.unit() + "]",
                        (check.minimum() != null ? "≥ " + number(check.minimum()) : "")
                                + (check.maximum() != null ? " ≤ " + number(check.maximum()) : ""),
                        number(check.value()), check.reason() == null ? "" : check.reason()));
            }
        }
        return lines;
    }

    static String summary(Map<String, Integer> counts, String notJudged) {
        String floors = "floors: " + counts.get("FLOOR_PASSED") + " passed, " + counts.get("FLOOR_VIOLATED")
                + " violated.";
        if (notJudged != null) {
            return "Baseline check: relative rule not judged (see above); " + floors;
        }
        int judged = counts.get("IMPROVED") + counts.get("REGRESSED") + counts.get("NO_CHANGE")
                + counts.get("INSUFFICIENT_DATA");
        return "Baseline check: " + judged + " judged: " + counts.get("REGRESSED") + " regressed, "
                + counts.get("IMPROVED") + " improved, " + counts.get("NO_CHANGE") + " unchanged, "
                + counts.get("INSUFFICIENT_DATA") + " insufficient data; " + counts.get("NEW") + " new, "
                + counts.get("MISSING") + " missing, " + counts.get("NOT_JUDGED") + " not judged; " + floors;
    }

    /** @return a relative change as a signed percentage, an exponent's as a signed number */
    private static String change(Judgement j, Double value) {
        if (value == null) {
            return "";
        }
        return j.metric().startsWith(ScalingRule.METRIC_PREFIX) ? String.format(Locale.ROOT, "%+.3f", value)
                : signed(value);
    }

    private static String threshold(Judgement j) {
        return j.metric().startsWith(ScalingRule.METRIC_PREFIX) ? "±" + exponent(j.threshold()) : percent(j.threshold());
    }

    private static String exponent(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String noun(String metric, String unit) {
        if (!RelativeRule.SCORE.equals(metric)) {
            return metric;
        }
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("ops/")) {
            return "throughput";
        }
        if (u.equals("b/op")) {
            return "bytes per operation";
        }
        return u.endsWith("/op") ? "time per operation" : "score";
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (value == 0 || !Double.isFinite(value)) {
            return String.valueOf(value == 0 ? 0 : value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String percent(double fraction) {
        return percentNumber(fraction) + " %";
    }

    static String percentNumber(double fraction) {
        return String.format(Locale.ROOT, "%.1f", fraction * 100).replaceFirst("\\.0$", "");
    }

    private static String signed(double fraction) {
        return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
    }

    static String p(Double p) {
        if (p == null) {
            return "";
        }
        return p >= 0.001 ? String.format(Locale.ROOT, "%.3f", p) : String.format(Locale.ROOT, "%.1e", p);
    }

    static String abbreviate(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}
