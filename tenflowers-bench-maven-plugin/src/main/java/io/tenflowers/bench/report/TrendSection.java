package io.tenflowers.bench.report;

import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import io.tenflowers.bench.report.ReportInputs.HistoryRun;
import io.tenflowers.bench.report.ReportPage.Trend;
import io.tenflowers.bench.report.chart.TrendChart;
import io.tenflowers.bench.report.chart.TrendPoint;
import io.tenflowers.bench.report.chart.TrendSegment;
import io.tenflowers.bench.stats.ChangePoints;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One trend per benchmark over the stored runs that are comparable with this one (the caller has
 * filtered them: same machine fingerprint, config, a measuring preset), oldest first, this run last.
 * A run without the benchmark leaves a gap. Runs the gate flagged (REGRESSED on the score) are
 * marked. Change points come from {@link ChangePoints} over the values present: advisory only.
 */
final class TrendSection {
    static final int MINIMUM_POINTS = 2;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private TrendSection() {
    }

    /** @return the runs of the trend: the history, plus this run when it is not stored and is a measurement */
    static List<HistoryRun> runs(List<HistoryRun> history, ResultsDocument current, ComparisonDocument comparison,
                                 boolean measured) {
        List<HistoryRun> runs = new ArrayList<>(history);
        boolean stored = runs.stream().anyMatch(r -> Objects.equals(r.results().run().runId(), current.run().runId()));
        if (!stored && measured) {
            runs.add(new HistoryRun(current, comparison));
        }
        return runs;
    }

    static List<Trend> of(List<HistoryRun> runs, ResultsDocument current) {
        List<Trend> trends = new ArrayList<>();
        if (runs.size() < MINIMUM_POINTS) {
            return trends;
        }
        List<Map<String, ResultsDocument.Benchmark>> byId = new ArrayList<>();
        for (HistoryRun run : runs) {
            Map<String, ResultsDocument.Benchmark> benchmarks = new HashMap<>();
            run.results().benchmarks().forEach(b -> benchmarks.putIfAbsent(b.id(), b));
            byId.add(benchmarks);
        }
        for (ResultsDocument.Benchmark benchmark : current.benchmarks()) {
            List<TrendPoint> points = new ArrayList<>();
            List<Integer> present = new ArrayList<>();
            int flagged = 0;
            for (int r = 0; r < runs.size(); r++) {
                HistoryRun run = runs.get(r);
                ResultsDocument.Benchmark then = byId.get(r).get(benchmark.id());
                boolean regressed = regressed(run.comparison(), run.results(), benchmark.id());
                flagged += regressed ? 1 : 0;
                String label = label(run.results().run());
                if (then == null || then.score() == null || !Objects.equals(then.unit(), benchmark.unit())) {
                    points.add(new TrendPoint(label, null, null, null, regressed));
                    continue;
                }
                Intervals.Bounds bounds = Intervals.of(then.samples(), then.score(), then.error());
                points.add(new TrendPoint(label, then.score(), bounds.low(), bounds.high(), regressed));
                present.add(points.size() - 1);
            }
            if (present.size() < MINIMUM_POINTS) {
                continue;
            }
            List<TrendSegment> segments = segments(points, present);
            String steps = steps(points, segments);
            trends.add(new Trend(BenchmarkNames.category(benchmark.id()), benchmark.id(), present.size(), flagged,
                    steps, TrendChart.of("trend-" + BenchmarkNames.anchor(benchmark.id()),
                    benchmark.id() + " over " + runs.size() + " comparable runs", "score (" + benchmark.unit() + ")",
                    points, segments)));
        }
        return trends;
    }

    private static List<TrendSegment> segments(List<TrendPoint> points, List<Integer> present) {
        double[] values = new double[present.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = points.get(present.get(i)).value();
        }
        List<TrendSegment> segments = new ArrayList<>();
        for (ChangePoints.Segment s : ChangePoints.detect(values)) {
            segments.add(new TrendSegment(present.get(s.from()), present.get(s.to()), s.level()));
        }
        return segments;
    }

    private static String steps(List<TrendPoint> points, List<TrendSegment> segments) {
        StringJoiner joiner = new StringJoiner("; ");
        for (int i = 1; i < segments.size(); i++) {
            TrendSegment before = segments.get(i - 1);
            TrendSegment after = segments.get(i);
            joiner.add("step at " + points.get(after.from()).label() + ": "
                    + Formats.signedPercent(after.level() / before.level() - 1));
        }
        return joiner.toString();
    }

    private static boolean regressed(ComparisonDocument comparison, ResultsDocument results, String id) {
        if (comparison == null || !Objects.equals(comparison.resultsRunId(), results.run().runId())) {
            return false;
        }
        for (Judgement j : comparison.verdicts()) {
            if (j.id().equals(id) && j.verdict() == Verdict.REGRESSED) {
                return true;
            }
        }
        return false;
    }

    private static String label(ResultsDocument.Run run) {
        String time;
        try {
            time = LABEL.format(Instant.parse(run.time()));
        } catch (RuntimeException unparsable) {
            time = run.time();
        }
        return time; // the commit would crowd the axis; runs are told apart by time
    }
}
