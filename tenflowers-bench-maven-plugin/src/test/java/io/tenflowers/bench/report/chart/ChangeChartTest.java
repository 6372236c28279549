package io.tenflowers.bench.report.chart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Diverging bars. The plot runs from x = 270 to 710 (440 units); a ±20 % axis puts 0 at 490 and
 * one percent at 11 units.
 */
class ChangeChartTest {
    @Test
    void smallChangesGetTheMinimumAxisAndBarsStartAtZero() {
        Chart chart = ChangeChart.of("c", "Change", List.of(new ChangeBar("add", 0.05, 0.01, 0.09, 0.10, "unchanged")));
        assertEquals(List.of("−20 %", "−10 %", "0", "+10 %", "+20 %"), Drawn.texts(chart, "tick-label"));
        Shape.Rect bar = Drawn.only(chart, Shape.Rect.class, "change-bar");
        assertEquals("490.0", bar.x());
        assertEquals("55.0", bar.width(), "5 % × 11");
        Shape.Rect band = Drawn.only(chart, Shape.Rect.class, "band");
        assertEquals("380.0", band.x(), "−10 %");
        assertEquals("220.0", band.width(), "−10 % .. +10 %");
        Shape.Line whisker = Drawn.all(chart, Shape.Line.class, "whisker").get(0);
        assertEquals("501.0", whisker.x1());
        assertEquals("589.0", whisker.x2());
        assertEquals(ChangeChart.AXIS_LABEL, Drawn.texts(chart, "axis-label").get(0));
        assertEquals("change vs baseline (%), ← worse | better →", ChangeChart.AXIS_LABEL);
    }

    @Test
    void aWorseChangeGoesLeftAndTheVerdictIsClassWordAndShape() {
        Chart chart = ChangeChart.of("c", "Change", List.of(new ChangeBar("sum", -0.184, -0.231, -0.137, 0.10, "regressed")));
        Shape.Rect bar = Drawn.only(chart, Shape.Rect.class, "change-bar");
        assertEquals("change-bar regressed", bar.styleClass());
        assertTrue(Drawn.d(bar.x()) < 490 && Math.abs(Drawn.d(bar.x()) + Drawn.d(bar.width()) - 490) < 0.05);
        assertEquals("−18.4 % regressed", Drawn.texts(chart, "verdict-label").get(0));
        Shape.Path marker = Drawn.only(chart, Shape.Path.class, "verdict-marker");
        assertTrue(marker.tooltip().contains("regressed"), marker.tooltip());
        assertTrue(bar.tooltip().startsWith("sum: −18.4 % (interval −23.1 % to −13.7 %), regressed; noise band ±10.0 %"), bar.tooltip());
    }

    @Test
    void aHugeChangeIsClampedWithAnArrow() {
        Chart chart = ChangeChart.of("c", "Change", List.of(new ChangeBar("fast", 2.4, 1.9, 2.9, 0.08, "improved"),
                new ChangeBar("slow", -0.3, -0.35, -0.25, 0.08, "regressed")));
        assertEquals(List.of("−100 %", "−50 %", "0", "+50 %", "+100 %"), Drawn.texts(chart, "tick-label"), "capped at ±100 %");
        Shape.Path arrow = Drawn.only(chart, Shape.Path.class, "clamp-arrow");
        assertTrue(arrow.d().startsWith("M710.0 "), "the tip touches the plot's right edge: " + arrow.d());
        Shape.Rect bar = Drawn.all(chart, Shape.Rect.class, "change-bar").get(0);
        assertTrue(Drawn.d(bar.x()) + Drawn.d(bar.width()) < 710, "the bar stops where the arrowhead begins");
        assertTrue(Drawn.all(chart, Shape.Line.class, "whisker").stream().allMatch(line -> Drawn.d(line.x2()) <= 710),
                "no whisker runs off the chart");
        assertTrue(chart.description().contains("Beyond it, drawn to the edge with an arrow: fast (+240.0 %)."), chart.description());
        assertEquals("+240.0 % improved", Drawn.texts(chart, "verdict-label").get(0));
    }

    @Test
    void aWhiskerPartlyBeyondTheAxisEndsInAnArrow() {
        Chart chart = ChangeChart.of("c", "Change", List.of(new ChangeBar("wide", 0.1, -0.1, 0.5, 0.05, "insufficient"),
                new ChangeBar("x", 0.3, 0.25, 0.35, 0.05, "improved")));
        // extent 0.5 × 1.1 = 0.55 → ±60 %; then the interval fits: no arrow
        assertEquals(0, Drawn.all(chart, Shape.Path.class, "whisker-arrow").size());
        Chart clamped = ChangeChart.of("c", "Change", List.of(new ChangeBar("wide", 0.1, -0.1, 1.5, 0.05, "insufficient")));
        Shape.Path arrow = Drawn.only(clamped, Shape.Path.class, "whisker-arrow");
        assertTrue(arrow.d().startsWith("M710.0 "), arrow.d());
    }

    @Test
    void rowsWithoutAChangeShowTheirVerdictOnly() {
        Chart chart = ChangeChart.of("c", "Change", List.of(new ChangeBar("new one", Double.NaN, null, null, 0.1, "new"),
                new ChangeBar("gone", Double.NaN, null, null, 0.1, "missing"), new ChangeBar("x", 0.0, null, null, Double.NaN, null)));
        assertEquals(1, Drawn.all(chart, Shape.Rect.class, "change-bar").size());
        assertEquals(List.of("new", "missing", "0.0 % not-judged"), Drawn.texts(chart, "verdict-label"));
        assertEquals(2, Drawn.all(chart, Shape.Rect.class, "band").size(), "a NaN band is not drawn");
        assertTrue(chart.description().contains("Verdicts: 1 new, 1 missing, 1 not-judged."), chart.description());
    }

    @Test
    void noRowsGiveANoDataChart() {
        assertTrue(ChangeChart.of("c", "Change", List.of()).description().startsWith("No data."));
        assertTrue(ChangeChart.of("c", "Change", null).description().startsWith("No data."));
    }
}
