package io.tenflowers.bench.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Change against a baseline as diverging bars around 0 (left worse, right better), one row per
 * benchmark, the gate's noise band shaded on each row and the verdict written beside it.
 *
 * <p>The axis is symmetric: ±(the largest |change|, interval end or band) plus 10 %, at least
 * {@value #MIN_EXTENT_PERCENT} % and at most {@value #MAX_EXTENT_PERCENT} %, widened to a tick. A
 * bar or whisker beyond it stops at the edge with an arrowhead, so one benchmark ten times faster
 * does not squash every other row to a sliver; its tooltip and the column on the right give the
 * real number.
 */
public final class ChangeChart {
    static final int MIN_EXTENT_PERCENT = 20;
    static final int MAX_EXTENT_PERCENT = 100;
    static final String AXIS_LABEL = "change vs baseline (%), ← worse | better →";
    static final double LABEL_COLUMN = 270;
    static final double VERDICT_COLUMN = 170;
    static final double ROW = 24;
    static final double BAR = 14;

    private ChangeChart() {
    }

    /**
     * @param id    element id of the chart (made safe)
     * @param title the chart's title
     * @param bars  the rows, top to bottom in this order
     * @return the chart, or a "no data" chart when there are no rows
     */
    public static Chart of(String id, String title, List<ChangeBar> bars) {
        List<ChangeBar> rows = bars == null ? List.of() : bars.stream().filter(Objects::nonNull).toList();
        if (rows.isEmpty()) {
            return NoData.chart(id, title, "There are no benchmarks to compare with the baseline.");
        }
        Plot plot = new Plot(LABEL_COLUMN, Style.PLOT_TOP, Style.WIDTH - LABEL_COLUMN - VERDICT_COLUMN, rows.size() * ROW);
        int height = (int) Math.ceil(plot.bottom() + Style.X_AXIS_ROOM);
        double extent = extent(rows);
        LinearScale scale = LinearScale.nice(-extent, extent, 6, plot.left(), plot.right());

        Canvas canvas = new Canvas();
        canvas.title(Objects.requireNonNullElse(title, ""), Style.WIDTH - 16);
        for (int i = 0; i < rows.size(); i++) {
            drawBand(canvas, scale, plot, i, rows.get(i));
        }
        drawAxis(canvas, scale, plot);
        for (int i = 0; i < rows.size(); i++) {
            drawRow(canvas, scale, plot, i, rows.get(i));
        }
        return new Chart(id, title, describe(rows, scale), Style.WIDTH, height, canvas.shapes());
    }

    /** @return half the axis range as a fraction, before widening to a tick */
    static double extent(List<ChangeBar> rows) {
        double largest = 0;
        for (ChangeBar row : rows) {
            for (Double value : new Double[]{row.change(), row.low(), row.high(), row.band()}) {
                if (value != null && Double.isFinite(value)) {
                    largest = Math.max(largest, Math.abs(value));
                }
            }
        }
        return Math.max(MIN_EXTENT_PERCENT / 100.0, Math.min(MAX_EXTENT_PERCENT / 100.0, largest * 1.1));
    }

    private static void drawAxis(Canvas canvas, LinearScale scale, Plot plot) {
        for (Tick tick : scale.ticks()) {
            double x = scale.position(tick.value());
            canvas.line(x, plot.top(), x, plot.bottom(), "grid", null);
            canvas.line(x, plot.bottom(), x, plot.bottom() + Style.TICK_LENGTH, "tick", null);
            String label = tick.value() == 0 ? "0" : Numbers.percent(tick.value(), decimals(scale.step()));
            canvas.text(x, plot.bottom() + Style.TICK_LENGTH + Style.FONT + 1, label, "middle", "tick-label", null);
        }
        canvas.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), "axis", null);
        double zero = scale.position(0);
        canvas.line(zero, plot.top(), zero, plot.bottom(), "zero", null);
        canvas.text(plot.centerX(), plot.bottom() + Style.X_AXIS_ROOM - 8, AXIS_LABEL, "middle", "axis-label", null);
    }

    /** Decimals a percentage tick needs when ticks are {@code step} apart (0.05 → 0, 0.025 → 1). */
    private static int decimals(double step) {
        return Math.max(0, (int) -Math.floor(Math.log10(step * 100) + 1e-9));
    }

    private static void drawBand(Canvas canvas, LinearScale scale, Plot plot, int row, ChangeBar bar) {
        if (Double.isFinite(bar.band()) && bar.band() > 0) {
            double top = plot.top() + row * ROW + 1;
            canvas.span(scale.clampedPosition(-bar.band()), scale.clampedPosition(bar.band()), top, ROW - 2, "band",
                    "noise band ±" + Numbers.percent(bar.band(), 1).substring(1));
        }
    }

    private static void drawRow(Canvas canvas, LinearScale scale, Plot plot, int row, ChangeBar bar) {
        double center = plot.top() + row * ROW + ROW / 2;
        double baseline = center + Style.FONT * 0.35;
        String label = Objects.requireNonNullElse(bar.label(), "");
        String verdict = Ids.cssClass(bar.verdict(), "not-judged");
        String tooltip = tooltip(bar, label, verdict);
        double labelRoom = LABEL_COLUMN - 16;
        canvas.text(plot.left() - 8, baseline, Labels.truncate(label, labelRoom, Style.FONT), "end", "bar-label",
                Labels.isTooLong(label, labelRoom, Style.FONT) ? label : null);
        boolean hasChange = Double.isFinite(bar.change());
        if (hasChange) {
            double zero = scale.position(0);
            double end = scale.clampedPosition(bar.change());
            boolean clamped = scale.outside(bar.change());
            // A clamped bar ends in an arrowhead whose tip touches the plot's edge.
            double arrowLength = BAR / 2 * 1.6;
            double barEnd = clamped ? end - Math.signum(bar.change()) * arrowLength : end;
            canvas.span(zero, barEnd, center - BAR / 2, BAR, "change-bar " + verdict, tooltip);
            if (clamped) {
                Marker arrow = bar.change() > 0 ? Marker.ARROW_RIGHT : Marker.ARROW_LEFT;
                canvas.marker(arrow, end, center, BAR / 2, "change-bar clamp-arrow " + verdict,
                        tooltip + " (beyond the axis)");
            }
        }
        boolean interval = bar.low() != null && bar.high() != null && Double.isFinite(bar.low()) && Double.isFinite(bar.high());
        // An interval wholly beyond the axis adds nothing to the clamped bar's own arrowhead.
        if (hasChange && interval && !(scale.outside(bar.low()) && scale.outside(bar.high())
                && Math.signum(bar.low()) == Math.signum(bar.high()))) {
            Axes.horizontalWhisker(canvas, scale, bar.low(), bar.high(), center, BAR / 2 - 2, tooltip);
        }
        drawVerdict(canvas, plot, center, baseline, bar, verdict, tooltip);
    }

    /** The column right of the plot: a shape for a decisive verdict, the change and the verdict in words. */
    private static void drawVerdict(Canvas canvas, Plot plot, double center, double baseline, ChangeBar bar,
                                    String verdict, String tooltip) {
        double x = plot.right() + 18;
        if (verdict.equals("regressed")) {
            canvas.marker(Marker.TRIANGLE_DOWN, x, center, 4.5, "verdict-marker regressed", tooltip);
        } else if (verdict.equals("improved")) {
            canvas.marker(Marker.TRIANGLE_UP, x, center, 4.5, "verdict-marker improved", tooltip);
        }
        String text = Double.isFinite(bar.change()) ? Numbers.percent(bar.change(), 1) + " " + verdict : verdict;
        canvas.text(x + 10, baseline, text, "start", "verdict-label " + verdict, tooltip);
    }

    private static String tooltip(ChangeBar bar, String label, String verdict) {
        StringBuilder text = new StringBuilder(label).append(": ");
        if (Double.isFinite(bar.change())) {
            text.append(Numbers.percent(bar.change(), 1));
            if (bar.low() != null && bar.high() != null) {
                text.append(" (interval ").append(Numbers.percent(bar.low(), 1)).append(" to ")
                        .append(Numbers.percent(bar.high(), 1)).append(')');
            }
            text.append(", ");
        }
        text.append(verdict);
        if (Double.isFinite(bar.band()) && bar.band() > 0) {
            text.append("; noise band ±").append(Numbers.percent(bar.band(), 1).substring(1));
        }
        return text.toString();
    }

    private static String describe(List<ChangeBar> rows, LinearScale scale) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> clamped = new ArrayList<>();
        for (ChangeBar row : rows) {
            counts.merge(Ids.cssClass(row.verdict(), "not-judged"), 1, Integer::sum);
            if (Double.isFinite(row.change()) && scale.outside(row.change())) {
                clamped.add(Objects.requireNonNullElse(row.label(), "") + " (" + Numbers.percent(row.change(), 1) + ")");
            }
        }
        StringBuilder text = new StringBuilder("Change against the baseline of ").append(rows.size())
                .append(rows.size() == 1 ? " benchmark" : " benchmarks")
                .append(", positive is better; the shaded band on each row is the noise the gate tolerates. ");
        List<String> parts = new ArrayList<>();
        counts.forEach((verdict, count) -> parts.add(count + " " + verdict));
        text.append("Verdicts: ").append(String.join(", ", parts)).append('.');
        text.append(" The axis runs from ").append(Numbers.percent(scale.min(), 0)).append(" to ")
                .append(Numbers.percent(scale.max(), 0)).append('.');
        if (!clamped.isEmpty()) {
            text.append(" Beyond it, drawn to the edge with an arrow: ").append(String.join(", ", clamped)).append('.');
        }
        return text.toString();
    }
}
