package io.tenflowers.bench.report.chart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Log-log geometry. The plot runs from x = 72 to 670 (598 units) and from y = 370 (bottom) up to 40
 * (330 units). Points at x 3 … 300 and y 30 … 3000 give axes 1..1000 and 10..10 000: three decades
 * each, 199.3 units per decade across and 110 up. The point (10, 100) is one decade up both axes.
 */
class ScalingChartTest {
    private static final List<ScalingPoint> LINEAR = List.of(new ScalingPoint(3, 30, null, null),
            new ScalingPoint(10, 100, 90.0, 110.0), new ScalingPoint(300, 3000, null, null));

    @Test
    void thePointAt10And100LandsOnTheTicks10And100() {
        Chart chart = ScalingChart.of("s", "Scaling", "size (elements)", "throughput (ops/s)",
                List.of(new ScalingSeries("add", LINEAR, null)));
        // x: 72 + 1 decade × 199.3 = 271.3; y: 370 − 1 decade × 110 = 260
        assertEquals("271.3", Drawn.xTick(chart, "10").x());
        assertEquals("264.2", Drawn.yTick(chart, "100").y(), "label baseline 0.35 em below the tick at y = 260");
        Shape.Path point = Drawn.data(chart, Shape.Path.class, "point s0").get(1);
        assertTrue(point.d().startsWith("M267.3 260.0A4.0 4.0 "), "a circle of radius 4 around (271.3, 260): " + point.d());
        Shape.Line whisker = Drawn.all(chart, Shape.Line.class, "whisker").get(0);
        assertEquals("271.3", whisker.x1());
        assertEquals("265.0", whisker.y1(), "90: 370 − (1 + log10 0.9) × 110");
        assertEquals("255.4", whisker.y2(), "110: 370 − (1 + log10 1.1) × 110");
        assertEquals(List.of("size (elements), log scale", "throughput (ops/s), log scale"), Drawn.texts(chart, "axis-label"));
    }

    @Test
    void theFitIsTheLeastSquaresLineAndTheLegendPrefersTheGivenExponent() {
        Chart chart = ScalingChart.of("s", "Scaling", "size", "score", List.of(new ScalingSeries("add", LINEAR, null),
                new ScalingSeries("matmul", List.of(new ScalingPoint(10, 1000, null, null), new ScalingPoint(100, 1.2, null, null)), -2.93)));
        assertEquals(List.of("add: b = 1.00", "matmul: b = −2.93"), Drawn.texts(chart, "legend-label"));
        Shape.Line fit = Drawn.data(chart, Shape.Line.class, "fit s0").get(0); // y = 10 x exactly
        assertEquals("167.1", fit.x1(), "x = 3: 72 + log10(3) × 199.3 (axis 1..1000)");
        assertTrue(fit.tooltip().endsWith("b = 1.00"));
        Shape.Line matmulFit = Drawn.data(chart, Shape.Line.class, "fit s1").get(0);
        assertTrue(matmulFit.tooltip().endsWith("b = −2.92"), "the line is our fit; the legend shows the given −2.93: "
                + matmulFit.tooltip());
        assertTrue(Drawn.data(chart, Shape.Path.class, "point s1").get(0).d().startsWith("M"), "second series drawn");
        assertTrue(!Drawn.data(chart, Shape.Path.class, "point s0").get(0).d().equals(
                Marker.SQUARE.path(0, 0, 1)), "series differ in marker shape");
    }

    @Test
    void pointsALogAxisCannotShowAreLeftOutAndCounted() {
        Chart chart = ScalingChart.of("s", "Scaling", "size", "score", List.of(new ScalingSeries("a", List.of(
                new ScalingPoint(10, 100, null, null), new ScalingPoint(0, 5, null, null), new ScalingPoint(100, Double.NaN, null, null),
                new ScalingPoint(100, -3, null, null), new ScalingPoint(1000, 1e4, null, null)), null)));
        assertEquals(2, Drawn.data(chart, Shape.Path.class, "point s0").size());
        assertTrue(chart.description().contains("Left out: 3 points without a positive finite size and score"), chart.description());
    }

    @Test
    void aLowEndAtZeroIsClampedWithAnArrow() {
        Chart chart = ScalingChart.of("s", "Scaling", "size", "score", List.of(new ScalingSeries("a", List.of(
                new ScalingPoint(10, 100, 0.0, 150.0), new ScalingPoint(100, 1000, null, null)), null)));
        Shape.Path arrow = Drawn.only(chart, Shape.Path.class, "whisker-arrow");
        assertTrue(arrow.d().contains(" 370.0"), "the arrow's tip sits on the bottom axis: " + arrow.d());
    }

    @Test
    void aSinglePointIsDrawnWithoutALine() {
        Chart chart = ScalingChart.of("s", "Scaling", "size", "score",
                List.of(new ScalingSeries("one", List.of(new ScalingPoint(64, 5e5, null, null)), null)));
        assertEquals(1, Drawn.data(chart, Shape.Path.class, "point s0").size());
        assertEquals(0, Drawn.data(chart, Shape.Line.class, "fit s0").size(), "one size fits no line");
        assertEquals(List.of("one: b = n/a"), Drawn.texts(chart, "legend-label"));
    }

    @Test
    void nothingPlaceableGivesANoDataChart() {
        assertTrue(ScalingChart.of("s", "S", "x", "y", List.of()).description().startsWith("No data."));
        Chart chart = ScalingChart.of("s", "S", "x", "y", List.of(new ScalingSeries("a",
                List.of(new ScalingPoint(-1, 2, null, null)), null)));
        assertTrue(chart.description().startsWith("No data.") && chart.description().contains("Left out: 1 point"),
                chart.description());
    }
}
