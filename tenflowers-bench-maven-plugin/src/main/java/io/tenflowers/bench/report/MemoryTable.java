package io.tenflowers.bench.report;

import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.report.ReportPage.Memory;
import io.tenflowers.bench.report.ReportPage.MemoryRow;
import io.tenflowers.bench.report.chart.Chart;
import io.tenflowers.bench.report.chart.IntervalBar;
import io.tenflowers.bench.report.chart.IntervalBarChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Memory per operation: bytes allocated per operation ({@code gc.alloc.rate.norm}, measured by JMH's
 * GC profiler; nearly deterministic, so the gate holds it to a tight tolerance) and the project's
 * own memory metrics (e.g. tape bytes), with the gate's verdict on bytes per operation.
 */
final class MemoryTable {
    private static final String NOTE = "Bytes allocated per operation (JMH's gc profiler, gc.alloc.rate.norm) "
            + "and the project's own memory metrics. Allocation barely varies between runs, so a change here "
            + "is real even when throughput is too noisy to judge.";

    private MemoryTable() {
    }

    static Memory of(ResultsDocument results, Judgements judgements) {
        List<MemoryRow> rows = new ArrayList<>();
        List<IntervalBar> bars = new ArrayList<>();
        for (ResultsDocument.Benchmark b : results.benchmarks()) {
            Map<String, ResultsDocument.Metric> secondary = b.secondary() == null ? Map.of() : b.secondary();
            ResultsDocument.Metric allocation = secondary.get(Judgements.ALLOCATION);
            String other = otherMemoryMetrics(secondary);
            if (allocation == null && other.isEmpty()) {
                continue;
            }
            Intervals.Bounds bounds = allocation == null ? Intervals.Bounds.NONE
                    : Intervals.of(allocation.samples(), allocation.score(), allocation.error());
            Judgement j = judgements.of(b.id(), Judgements.ALLOCATION);
            rows.add(new MemoryRow(b.id(), allocation == null ? "" : Formats.number(allocation.score()), bounds.text(),
                    j == null ? "" : Formats.signedPercent(j.change()), j == null ? "" : Verdicts.word(j.verdict()),
                    j == null ? "" : Verdicts.cssClass(j.verdict()), other));
            if (allocation != null && allocation.score() != null) {
                bars.add(new IntervalBar(BenchmarkNames.withoutSuite(b.id()), allocation.score(), bounds.low(), bounds.high(),
                        j == null ? "unjudged" : Verdicts.cssClass(j.verdict())));
            }
        }
        Chart chart = bars.isEmpty() ? null : IntervalBarChart.of("memory-per-op",
                "Bytes allocated per operation, per benchmark", "allocated (B/op)", bars);
        return new Memory(rows, chart, NOTE);
    }

    /** @return memory metrics other than the GC profiler's, e.g. {@code tape.bytes = 4096 B/op} */
    private static String otherMemoryMetrics(Map<String, ResultsDocument.Metric> secondary) {
        StringJoiner joiner = new StringJoiner("; ");
        for (Map.Entry<String, ResultsDocument.Metric> entry : secondary.entrySet()) {
            String name = entry.getKey();
            String unit = entry.getValue().unit() == null ? "" : entry.getValue().unit();
            if (!name.startsWith("gc.") && (unit.startsWith("B") || name.toLowerCase(java.util.Locale.ROOT).contains("byte"))) {
                joiner.add(name + " = " + Formats.number(entry.getValue().score()) + " " + unit);
            }
        }
        return joiner.toString();
    }
}
