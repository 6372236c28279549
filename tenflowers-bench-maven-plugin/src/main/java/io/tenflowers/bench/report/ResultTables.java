package io.tenflowers.bench.report;

import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import io.tenflowers.bench.report.ReportPage.Category;
import io.tenflowers.bench.report.ReportPage.ResultRow;
import io.tenflowers.bench.report.chart.ChangeBar;
import io.tenflowers.bench.report.chart.ChangeChart;
import io.tenflowers.bench.report.chart.Chart;
import io.tenflowers.bench.report.chart.IntervalBar;
import io.tenflowers.bench.report.chart.IntervalBarChart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-category tables of primary scores (with the gate's verdict on each) and their charts:
 * throughput with intervals per category, and the change against the baseline across the run.
 */
final class ResultTables {
    private ResultTables() {
    }

    static List<Category> categories(ResultsDocument results, Judgements judgements) {
        Map<String, List<ResultRow>> rows = new LinkedHashMap<>();
        Map<String, List<IntervalBar>> bars = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (ResultsDocument.Benchmark b : results.benchmarks()) {
            String category = BenchmarkNames.category(b.id());
            Intervals.Bounds bounds = Intervals.of(b.samples(), b.score(), b.error());
            Judgement judgement = judgements.of(b.id(), Judgements.SCORE);
            rows.computeIfAbsent(category, c -> new ArrayList<>()).add(row(b.id(), Formats.number(b.score()),
                    bounds, b.unit(), judgement));
            // One chart per category shares one axis, so only the category's first unit is drawn.
            String unit = units.computeIfAbsent(category, c -> b.unit());
            if (b.score() != null && unit.equals(b.unit())) {
                bars.computeIfAbsent(category, c -> new ArrayList<>()).add(new IntervalBar(BenchmarkNames.name(b.id()),
                        b.score(), bounds.low(), bounds.high(),
                        judgement == null ? "unjudged" : Verdicts.cssClass(judgement.verdict())));
            }
        }
        for (Judgement missing : judgements.ofMetric(Judgements.SCORE)) {
            if (missing.verdict() == Verdict.MISSING) {
                rows.computeIfAbsent(BenchmarkNames.category(missing.id()), c -> new ArrayList<>())
                        .add(row(missing.id(), "", Intervals.Bounds.NONE, missing.unit(), missing));
            }
        }
        List<Category> categories = new ArrayList<>();
        for (Map.Entry<String, List<ResultRow>> entry : rows.entrySet()) {
            String name = entry.getKey();
            List<IntervalBar> categoryBars = bars.getOrDefault(name, List.of());
            Chart chart = categoryBars.isEmpty() ? null : IntervalBarChart.of("throughput-" + BenchmarkNames.anchor(name),
                    name + ": score, " + (int) (Intervals.CONFIDENCE * 100) + " % interval",
                    "score (" + units.get(name) + ")", categoryBars);
            categories.add(new Category(name, "category-" + BenchmarkNames.anchor(name), entry.getValue(), chart));
        }
        return categories;
    }

    private static ResultRow row(String id, String score, Intervals.Bounds bounds, String unit, Judgement j) {
        String interval = bounds.text();
        if (j == null) {
            return new ResultRow(BenchmarkNames.name(id), id, score, interval, bounds.source(), unit, "", "", "", "", "",
                    "", "", "", "");
        }
        return new ResultRow(BenchmarkNames.name(id), id, score, interval, bounds.source(), unit,
                Formats.number(j.baseline()),
                Formats.signedPercent(j.change()),
                Formats.interval(Formats.signedPercent(j.changeLow()), Formats.signedPercent(j.changeHigh())),
                Formats.p(j.pValue()), Formats.p(j.adjustedPValue()), Verdicts.word(j.verdict()),
                Verdicts.cssClass(j.verdict()), threshold(j), j.note() == null ? "" : j.note());
    }

    static String threshold(Judgement j) {
        if (j.verdict() == Verdict.MISSING || j.verdict() == Verdict.NEW || j.verdict() == Verdict.NOT_JUDGED) {
            return "";
        }
        return Formats.percent(j.threshold()) + " (" + j.thresholdSource() + ")";
    }

    /**
     * @return every judged score change as a diverging bar (+ = better), worst first; null when none
     */
    static Chart changes(Judgements judgements) {
        List<ChangeBar> bars = new ArrayList<>();
        List<Judgement> judged = new ArrayList<>(judgements.ofMetric(Judgements.SCORE).stream()
                .filter(j -> j.change() != null).toList());
        judged.sort(Comparator.comparingDouble(j -> Verdicts.betterIsPositive(j, j.change())));
        for (Judgement j : judged) {
            Double low = Verdicts.betterIsPositive(j, j.changeLow());
            Double high = Verdicts.betterIsPositive(j, j.changeHigh());
            if (low != null && high != null && low > high) {
                Double swap = low;
                low = high;
                high = swap;
            }
            bars.add(new ChangeBar(BenchmarkNames.withoutSuite(j.id()), Verdicts.betterIsPositive(j, j.change()), low, high, j.threshold(),
                    Verdicts.cssClass(j.verdict())));
        }
        return bars.isEmpty() ? null : ChangeChart.of("change-vs-baseline",
                "Change vs baseline: median of fork means, " + (int) (Intervals.CONFIDENCE * 100)
                        + " % interval; shaded: the threshold", bars);
    }
}
