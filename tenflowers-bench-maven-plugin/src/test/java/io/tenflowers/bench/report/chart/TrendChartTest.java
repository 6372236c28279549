package io.tenflowers.bench.report.chart;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * History geometry. The plot runs from x = 72 to 856 (784 units); five runs sit at the middles of
 * five slots of 156.8: run i at 72 + (i + 0.5) × 156.8.
 */
class TrendChartTest {
    private static List<TrendPoint> runs(Double... values) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new TrendPoint("run" + i, values[i], null, null, false));
        }
        return points;
    }

    @Test
    void aMissingResultBreaksTheLineAndLeavesATick() {
        Chart chart = TrendChart.of("t", "Trend", "throughput (ops/s)", runs(10.0, 11.0, null, 12.0, 13.0), List.of());
        List<Shape.Polyline> lines = Drawn.all(chart, Shape.Polyline.class, "trend-line");
        assertEquals(2, lines.size(), "runs 0–1 and 3–4");
        assertTrue(lines.get(0).points().startsWith("150.4,"), lines.get(0).points());
        Shape.Line gap = Drawn.only(chart, Shape.Line.class, "no-result");
        assertEquals("464.0", gap.x1(), "run 2: 72 + 2.5 × 156.8");
        assertEquals("run2: no result", gap.tooltip());
        assertTrue(chart.description().contains("1 run has no result"), chart.description());
    }

    @Test
    void aFlaggedRunIsATriangleThatSaysSo() {
        List<TrendPoint> points = new ArrayList<>(runs(10.0, 11.0));
        points.add(new TrendPoint("run2", 15.0, 14.0, 16.0, true));
        Chart chart = TrendChart.of("t", "Trend", "y", points, List.of());
        Shape.Path flagged = Drawn.only(chart, Shape.Path.class, "point flagged");
        assertEquals("run2: 15 (interval 14 to 16) — flagged by the gate", flagged.tooltip());
        assertEquals(2, Drawn.all(chart, Shape.Circle.class, "point").size());
    }

    @Test
    void segmentsDrawTheirLevelsAndASeparatorWithTheStep() {
        Chart chart = TrendChart.of("t", "Trend", "y", runs(10.0, 11.0, 10.5, 12.0, 13.0),
                List.of(new TrendSegment(0, 2, 10.5), new TrendSegment(3, 4, 12.5)));
        Shape.Line separator = Drawn.only(chart, Shape.Line.class, "segment-break");
        assertEquals("542.4", separator.x1(), "between run 2 and run 3: 72 + 3 × 156.8");
        List<Shape.Line> levels = Drawn.all(chart, Shape.Line.class, "segment-level");
        assertEquals("72.0", levels.get(0).x1());
        assertEquals("542.4", levels.get(0).x2());
        assertEquals(levels.get(1).y1(), levels.get(1).y2(), "a level is horizontal");
        assertEquals(List.of("+19 %"), Drawn.texts(chart, "step-label"), "12.5 / 10.5 − 1 = 0.190");
        assertTrue(separator.tooltip().startsWith("change point before run 4 (run3): +19 %"), separator.tooltip());
    }

    @Test
    void segmentsThatDoNotFitAreLeftOutAndCounted() {
        Chart chart = TrendChart.of("t", "Trend", "y", runs(10.0, 11.0),
                List.of(new TrendSegment(0, 1, 10.5), new TrendSegment(1, 9, 3), new TrendSegment(1, 0, 3),
                        new TrendSegment(0, 1, Double.NaN)));
        assertEquals(1, Drawn.all(chart, Shape.Line.class, "segment-level").size());
        assertTrue(chart.description().endsWith("3 segments left out (indices outside the runs or no finite level)."),
                chart.description());
    }

    @Test
    void aSingleRunIsAPointWithoutALine() {
        Chart chart = TrendChart.of("t", "Trend", "y", runs(42.0), null);
        assertEquals(1, Drawn.all(chart, Shape.Circle.class, "point").size());
        assertEquals(0, Drawn.all(chart, Shape.Polyline.class, "trend-line").size());
        assertEquals(List.of("run0"), Drawn.all(chart, Shape.Text.class, "tick-label").stream()
                .map(Shape.Text::text).filter(text -> text.startsWith("run")).toList());
    }

    @Test
    void noResultsGiveANoDataChart() {
        assertTrue(TrendChart.of("t", "T", "y", List.of(), List.of()).description().startsWith("No data."));
        Chart chart = TrendChart.of("t", "T", "y", runs(null, Double.NaN), List.of());
        assertEquals("No data. None of the 2 stored runs has a result for this benchmark.", chart.description());
    }
}
