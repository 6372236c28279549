package io.tenflowers.bench.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Horizontal bars with an interval whisker each, one row per benchmark: throughput per benchmark,
 * bytes per operation. The value axis starts at zero (linear) unless the values span more than
 * {@value #LOG_RATIO}× (largest / smallest, all positive): then one category of benchmarks covers
 * decades (add at 1M ops/s beside matmul at 8k ops/s) and a log axis keeps the small bars visible;
 * the axis label then says "log scale". A zero (0 B/op) keeps the axis linear: it is a real value,
 * and a log axis could not show it.
 */
public final class IntervalBarChart {
    /** Largest / smallest value above which the axis is logarithmic. */
    static final double LOG_RATIO = 30;
    static final double LABEL_COLUMN = 270;
    static final double VALUE_COLUMN = 72;
    static final double ROW = 24;
    static final double BAR = 14;
    private static final Set<String> ALERTS = Set.of("regressed", "flagged");

    private IntervalBarChart() {
    }

    /**
     * @param id        element id of the chart (made safe)
     * @param title     the chart's title
     * @param axisLabel the value axis title with its unit, e.g. {@code throughput (ops/s)}
     * @param bars      the bars, drawn top to bottom in this order; a bar whose value is not finite is
     *                  left out and named in the description
     * @return the chart, or a "no data" chart when no bar has a finite value
     */
    public static Chart of(String id, String title, String axisLabel, List<IntervalBar> bars) {
        String unitLabel = Objects.requireNonNullElse(axisLabel, "");
        List<IntervalBar> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (IntervalBar bar : bars == null ? List.<IntervalBar>of() : bars) {
            if (bar == null) {
                continue;
            }
            if (Double.isFinite(bar.value())) {
                kept.add(bar);
            } else {
                dropped.add(label(bar));
            }
        }
        if (kept.isEmpty()) {
            return NoData.chart(id, title, dropped.isEmpty() ? "There are no benchmarks to show."
                    : "No benchmark has a finite value (left out: " + String.join(", ", dropped) + ").");
        }
        double minValue = kept.stream().mapToDouble(IntervalBar::value).min().orElseThrow();
        double maxValue = kept.stream().mapToDouble(IntervalBar::value).max().orElseThrow();
        boolean log = minValue > 0 && maxValue / minValue > LOG_RATIO;

        Plot plot = new Plot(LABEL_COLUMN, Style.PLOT_TOP, Style.WIDTH - LABEL_COLUMN - VALUE_COLUMN, kept.size() * ROW);
        int height = (int) Math.ceil(plot.bottom() + Style.X_AXIS_ROOM);
        Scale scale = scale(kept, log, plot);
        String fullAxisLabel = log ? unitLabel + ", log scale" : unitLabel;

        Canvas canvas = new Canvas();
        canvas.title(Objects.requireNonNullElse(title, ""), Style.WIDTH - 16);
        Axes.bottom(canvas, scale, plot, fullAxisLabel);
        double base = log ? scale.position(scale.min()) : scale.position(0);
        for (int i = 0; i < kept.size(); i++) {
            drawRow(canvas, scale, plot, base, i, kept.get(i), unitLabel);
        }
        if (!log && scale.min() < 0) {
            canvas.line(base, plot.top(), base, plot.bottom(), "zero", null);
        }
        return new Chart(id, title, describe(kept, dropped, fullAxisLabel), Style.WIDTH, height, canvas.shapes());
    }

    private static Scale scale(List<IntervalBar> bars, boolean log, Plot plot) {
        double low = log ? Double.POSITIVE_INFINITY : 0;
        double high = 0;
        for (IntervalBar bar : bars) {
            for (Double value : new Double[]{bar.value(), bar.low(), bar.high()}) {
                if (value != null && Double.isFinite(value) && (!log || value > 0)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        return log ? LogScale.decades(low, high, plot.left(), plot.right())
                : LinearScale.nice(low, high, (int) Math.max(2, plot.width() / 90), plot.left(), plot.right());
    }

    private static void drawRow(Canvas canvas, Scale scale, Plot plot, double base, int row, IntervalBar bar, String unit) {
        double center = plot.top() + row * ROW + ROW / 2;
        String label = label(bar);
        String styleClass = Ids.cssClass(bar.styleClass(), "");
        String tooltip = tooltip(bar, label, styleClass, unit);
        double labelRoom = LABEL_COLUMN - 16;
        canvas.text(plot.left() - 8, center + Style.FONT * 0.35, Labels.truncate(label, labelRoom, Style.FONT), "end",
                "bar-label", Labels.isTooLong(label, labelRoom, Style.FONT) ? label : null);
        double end = scale.position(bar.value());
        canvas.span(base, end, center - BAR / 2, BAR, styleClass.isEmpty() ? "bar" : "bar " + styleClass, tooltip);
        double valueEnd = Math.max(base, end);
        if (hasInterval(bar, scale)) {
            Axes.horizontalWhisker(canvas, scale, bar.low(), bar.high(), center, BAR / 2 - 2, tooltip);
            valueEnd = Math.max(valueEnd, scale.clampedPosition(Math.max(bar.low(), bar.high())));
        }
        if (ALERTS.contains(styleClass)) {
            canvas.marker(Marker.TRIANGLE_DOWN, valueEnd + 9, center, 4.5, "alert-marker " + styleClass, tooltip);
            valueEnd += 16;
        }
        canvas.text(valueEnd + 5, center + Style.FONT * 0.35, Numbers.compact(bar.value(), 3), "start", "value-label", null);
    }

    private static boolean hasInterval(IntervalBar bar, Scale scale) {
        return bar.low() != null && bar.high() != null && Double.isFinite(bar.low()) && scale.accepts(bar.high());
    }

    private static String tooltip(IntervalBar bar, String label, String styleClass, String unit) {
        StringBuilder text = new StringBuilder(label).append(": ").append(Numbers.compact(bar.value(), 4));
        if (bar.low() != null && bar.high() != null) {
            text.append(" (interval ").append(Numbers.compact(bar.low(), 4)).append(" to ")
                    .append(Numbers.compact(bar.high(), 4)).append(')');
        }
        if (!unit.isEmpty()) {
            text.append(", ").append(unit);
        }
        if (!styleClass.isEmpty()) {
            text.append(" — ").append(styleClass);
        }
        return text.toString();
    }

    private static String describe(List<IntervalBar> bars, List<String> dropped, String axisLabel) {
        IntervalBar lowest = bars.get(0);
        IntervalBar highest = bars.get(0);
        for (IntervalBar bar : bars) {
            lowest = bar.value() < lowest.value() ? bar : lowest;
            highest = bar.value() > highest.value() ? bar : highest;
        }
        StringBuilder text = new StringBuilder("Horizontal bar chart of ").append(bars.size())
                .append(bars.size() == 1 ? " benchmark" : " benchmarks").append(", ").append(axisLabel).append(", ");
        if (bars.size() == 1) {
            text.append(label(lowest)).append(": ").append(Numbers.compact(lowest.value(), 3)).append('.');
        } else {
            text.append("from ").append(Numbers.compact(lowest.value(), 3)).append(" (").append(label(lowest))
                    .append(") to ").append(Numbers.compact(highest.value(), 3)).append(" (").append(label(highest))
                    .append(").");
        }
        text.append(" Whiskers show each value's interval.");
        long alerts = bars.stream().filter(bar -> ALERTS.contains(Ids.cssClass(bar.styleClass(), ""))).count();
        if (alerts > 0) {
            text.append(' ').append(alerts).append(" marked with a triangle (regressed or flagged).");
        }
        if (!dropped.isEmpty()) {
            text.append(" Left out, no finite value: ").append(String.join(", ", dropped)).append('.');
        }
        return text.toString();
    }

    private static String label(IntervalBar bar) {
        return Objects.requireNonNullElse(bar.label(), "");
    }
}
