package io.tenflowers.bench.report.chart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tenflowers.bench.report.chart.Drawn.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bar geometry. The plot runs from x = 270 (after the label column) to 808 (before the value
 * column): 538 units.
 */
class IntervalBarChartTest {
    @Test
    void barLengthIsProportionalToValueAndTheWhiskerSpansTheInterval() {
        Chart chart = IntervalBarChart.of("b", "Bytes", "allocation (B/op)", List.of(
                new IntervalBar("a", 100, 90.0, 110.0, null), new IntervalBar("b", 50, null, null, null)));
        // data 0..110 in at most 5 intervals: raw step 22 → 50, axis 0..150
        assertEquals(List.of("0", "50", "100", "150"), Drawn.texts(chart, "tick-label"));
        List<Shape.Rect> bars = Drawn.all(chart, Shape.Rect.class, "bar");
        assertEquals("270.0", bars.get(0).x());
        assertEquals("270.0", bars.get(1).x());
        assertEquals("358.7", bars.get(0).width(), "100 / 150 × 538");
        assertEquals("179.3", bars.get(1).width(), "50 / 150 × 538: half the first");
        Shape.Line whisker = Drawn.all(chart, Shape.Line.class, "whisker").get(0);
        assertEquals("592.8", whisker.x1(), "270 + 90 / 150 × 538");
        assertEquals("664.5", whisker.x2(), "270 + 110 / 150 × 538");
        assertEquals(3, Drawn.all(chart, Shape.Line.class, "whisker").size(), "one whisker with two caps; none for b");
        assertEquals("allocation (B/op)", Drawn.texts(chart, "axis-label").get(0));
    }

    @Test
    void valuesSpanningDecadesGetALogAxisStartingAtTheDecadeBelow() {
        Chart chart = IntervalBarChart.of("t", "Throughput", "throughput (ops/s)", List.of(
                new IntervalBar("add", 1e6, null, null, null), new IntervalBar("matmul", 8e3, null, null, null)));
        assertEquals("throughput (ops/s), log scale", Drawn.texts(chart, "axis-label").get(0));
        List<Shape.Rect> bars = Drawn.all(chart, Shape.Rect.class, "bar");
        // axis 1k..1M (1M is a power of ten: the axis ends on it): 3 decades of 179.3 units
        assertEquals(List.of("1k", "2k", "5k", "10k", "20k", "50k", "100k", "200k", "500k", "1M"), Drawn.texts(chart, "tick-label"),
                "a decade of 179 units has room for labelled 2 and 5");
        assertEquals("538.0", bars.get(0).width(), "1M is 3 decades above 1k");
        assertEquals("162.0", bars.get(1).width(), "8k is log10(8) = 0.903 decades above 1k");
        assertTrue(chart.description().contains("log scale"));
    }

    @Test
    void aSpreadOf25StaysLinearAndSoDoesAZero() {
        Chart spread = IntervalBarChart.of("t", "T", "x (ops/s)", List.of(new IntervalBar("a", 100, null, null, null),
                new IntervalBar("b", 4, null, null, null)));
        assertEquals("x (ops/s)", Drawn.texts(spread, "axis-label").get(0));
        Chart zero = IntervalBarChart.of("t", "T", "allocation (B/op)", List.of(new IntervalBar("a", 0, null, null, null),
                new IntervalBar("b", 4096, null, null, null)));
        assertEquals("allocation (B/op)", Drawn.texts(zero, "axis-label").get(0), "0 B/op is a value a log axis cannot show");
        assertEquals("0.0", Drawn.all(zero, Shape.Rect.class, "bar").get(0).width());
    }

    @Test
    void aLongLabelIsCutAndWholeInItsTooltip() {
        String label = "TrainingStepBench.mlpForwardBackwardWithAdamOptimizer[batch=256,hidden=1024]";
        Chart chart = IntervalBarChart.of("t", "T", "x", List.of(new IntervalBar(label, 3, null, null, null)));
        Shape.Text text = Drawn.all(chart, Shape.Text.class, "bar-label").get(0);
        // 254 units of 7.2 hold 35 characters: the ellipsis, 13 from the start and 21 from the end
        assertEquals("TrainingStepB…atch=256,hidden=1024]", text.text());
        assertEquals(label, text.tooltip());
        assertTrue(Drawn.only(chart, Shape.Rect.class, "bar").tooltip().startsWith(label + ": 3"));
    }

    @Test
    void aRegressedBarDiffersInShapeAndSaysSo() {
        Chart chart = IntervalBarChart.of("t", "T", "x", List.of(new IntervalBar("a", 3, null, null, "regressed"),
                new IntervalBar("b", 4, null, null, null)));
        Shape.Path marker = Drawn.only(chart, Shape.Path.class, "alert-marker");
        assertTrue(marker.tooltip().endsWith("— regressed"), marker.tooltip());
        assertEquals("bar regressed", Drawn.all(chart, Shape.Rect.class, "bar").get(0).styleClass());
    }

    @Test
    void nonFiniteValuesAreLeftOutAndNamed() {
        Chart chart = IntervalBarChart.of("t", "T", "x", List.of(new IntervalBar("good", 3, null, null, null),
                new IntervalBar("broken", Double.NaN, null, null, null), new IntervalBar("huge", Double.POSITIVE_INFINITY, null, null, null)));
        assertEquals(1, Drawn.all(chart, Shape.Rect.class, "bar").size());
        assertTrue(chart.description().endsWith("Left out, no finite value: broken, huge."), chart.description());
    }

    @Test
    void emptyOrAllBrokenInputGivesANoDataChart() {
        for (List<IntervalBar> bars : List.of(List.<IntervalBar>of(), List.of(new IntervalBar("x", Double.NaN, null, null, null)))) {
            Chart chart = IntervalBarChart.of("t", "T", "x", bars);
            assertTrue(chart.description().startsWith("No data."), chart.description());
            assertEquals("no data", Drawn.texts(chart, "no-data").get(0));
        }
        assertTrue(IntervalBarChart.of("t", "T", "x", null).description().startsWith("No data."));
    }

    @Test
    void aSingleBarIsDrawn() {
        Chart chart = IntervalBarChart.of("t", "T", "x", List.of(new IntervalBar("only", 7, 6.0, 8.0, null)));
        Shape.Rect bar = Drawn.only(chart, Shape.Rect.class, "bar");
        assertTrue(d(bar.width()) > 0);
        assertFalse(chart.description().startsWith("No data."));
    }
}
