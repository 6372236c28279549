package io.tenflowers.bench.report;

import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.report.ReportPage.SideBySide;
import io.tenflowers.bench.report.ReportPage.SideBySideRow;
import io.tenflowers.bench.report.chart.Chart;
import io.tenflowers.bench.report.chart.IntervalBar;
import io.tenflowers.bench.report.chart.IntervalBarChart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Engines measured side by side in the same run ({@code derived.sideBySide} of {@code results.json}):
 * one table and one chart per compared value, e.g. tenflowers against pytorch.
 */
final class SideBySideSection {
    private SideBySideSection() {
    }

    static List<SideBySide> of(ResultsDocument results) {
        List<ResultsDocument.SideBySide> entries = results.derived() == null || results.derived().sideBySide() == null
                ? List.of() : results.derived().sideBySide();
        Map<String, List<ResultsDocument.SideBySide>> byOther = new LinkedHashMap<>();
        for (ResultsDocument.SideBySide e : entries) {
            byOther.computeIfAbsent(e.param() + "=" + e.reference() + " vs " + e.other(), k -> new ArrayList<>()).add(e);
        }
        List<SideBySide> sections = new ArrayList<>();
        byOther.forEach((key, group) -> {
            ResultsDocument.SideBySide first = group.get(0);
            List<SideBySideRow> rows = new ArrayList<>();
            List<IntervalBar> bars = new ArrayList<>();
            for (ResultsDocument.SideBySide e : group) {
                rows.add(new SideBySideRow(e.benchmark(), Formats.number(e.referenceScore()),
                        Formats.number(e.otherScore()), e.unit() == null ? "" : e.unit(), times(e.speedup()),
                        e.low() == null ? "" : Formats.interval(times(e.low()), times(e.high())),
                        e.forks() == null ? "" : e.forks().get(0) + " / " + e.forks().get(1), style(e)));
                bars.add(new IntervalBar(BenchmarkNames.withoutSuite(e.benchmark()), e.speedup(), e.low(), e.high(),
                        style(e)));
            }
            Chart chart = IntervalBarChart.of("side-by-side-" + BenchmarkNames.anchor(first.other()),
                    first.reference() + " ÷ " + first.other() + ": how many times faster " + first.reference() + " is ("
                            + "1 = as fast)", "speed-up (×)", bars);
            sections.add(new SideBySide(first.param(), first.reference(), first.other(),
                    "side-by-side-" + BenchmarkNames.anchor(first.other()), rows, chart));
        });
        return sections;
    }

    /** @return {@code improved} when the whole interval is above 1 (reference faster), {@code regressed} below */
    private static String style(ResultsDocument.SideBySide e) {
        double low = e.low() == null ? e.speedup() : e.low();
        double high = e.high() == null ? e.speedup() : e.high();
        return low > 1 ? "improved" : high < 1 ? "regressed" : "unchanged";
    }

    /** @return {@code 2.31×}: three significant digits */
    static String times(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "×";
    }
}
