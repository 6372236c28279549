package io.tenflowers.bench.report.chart;

import java.util.function.DoubleFunction;

/**
 * Draws axes: grid lines across the plot at every tick (faint for minor ticks), tick marks, tick
 * labels and the axis title with its unit.
 */
final class Axes {
    private Axes() {
    }

    /** A horizontal value axis under the plot. */
    static void bottom(Canvas canvas, Scale scale, Plot plot, String label) {
        for (Tick tick : scale.ticks()) {
            double x = scale.position(tick.value());
            canvas.line(x, plot.top(), x, plot.bottom(), tick.major() ? "grid" : "grid minor", null);
            canvas.line(x, plot.bottom(), x, plot.bottom() + Style.TICK_LENGTH, "tick", null);
            if (tick.label() != null) {
                canvas.text(x, plot.bottom() + Style.TICK_LENGTH + Style.FONT + 1, tick.label(), "middle", "tick-label", null);
            }
        }
        canvas.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), "axis", null);
        canvas.text(plot.centerX(), plot.bottom() + Style.X_AXIS_ROOM - 8, label, "middle", "axis-label", null);
    }

    /** A vertical value axis left of the plot, its title turned to read upwards. */
    static void left(Canvas canvas, Scale scale, Plot plot, String label) {
        for (Tick tick : scale.ticks()) {
            double y = scale.position(tick.value());
            canvas.line(plot.left(), y, plot.right(), y, tick.major() ? "grid" : "grid minor", null);
            canvas.line(plot.left() - Style.TICK_LENGTH, y, plot.left(), y, "tick", null);
            if (tick.label() != null) {
                canvas.text(plot.left() - Style.TICK_LENGTH - 3, y + Style.FONT * 0.35, tick.label(), "end", "tick-label", null);
            }
        }
        canvas.line(plot.left(), plot.top(), plot.left(), plot.bottom(), "axis", null);
        canvas.verticalText(Style.AXIS_LABEL_FONT + 3, plot.centerY(), label, "axis-label");
    }

    /**
     * A whisker (interval) along a horizontal axis at height {@code y}: a line from {@code low} to
     * {@code high} with end caps. An end beyond the axis (or not placeable, like 0 on a log axis)
     * stops at the axis' edge with an arrowhead instead of a cap, so a clamped interval never looks
     * like a short one; an interval wholly beyond one edge is just an arrowhead there.
     */
    static void horizontalWhisker(Canvas canvas, Scale scale, double low, double high, double y, double cap, String tooltip) {
        whisker(canvas, scale, low, high, cap, tooltip, position -> new double[]{position, y}, true);
    }

    /** A whisker along a vertical axis at {@code x}; see {@link #horizontalWhisker}. */
    static void verticalWhisker(Canvas canvas, Scale scale, double low, double high, double x, double cap, String tooltip) {
        whisker(canvas, scale, low, high, cap, tooltip, position -> new double[]{x, position}, false);
    }

    private static void whisker(Canvas canvas, Scale scale, double low, double high, double cap, String tooltip,
                                DoubleFunction<double[]> at, boolean horizontal) {
        double from = Math.min(low, high);
        double to = Math.max(low, high);
        boolean fromBelow = !scale.accepts(from) || from < scale.min();
        boolean toAbove = to > scale.max();
        // An end that is not placeable (0 on a log axis) counts as below the axis.
        boolean toBelow = !scale.accepts(to) || to < scale.min();
        boolean fromAbove = from > scale.max();
        Marker lowArrow = horizontal ? Marker.ARROW_LEFT : Marker.ARROW_DOWN;
        Marker highArrow = horizontal ? Marker.ARROW_RIGHT : Marker.ARROW_UP;
        double[] minEnd = at.apply(scale.position(scale.min()));
        double[] maxEnd = at.apply(scale.position(scale.max()));
        if (toBelow || fromAbove) {
            double[] edge = toBelow ? minEnd : maxEnd;
            canvas.marker(toBelow ? lowArrow : highArrow, edge[0], edge[1], cap * 0.6, "whisker-arrow", beyond(tooltip));
            return;
        }
        double[] start = fromBelow ? minEnd : at.apply(scale.position(from));
        double[] end = toAbove ? maxEnd : at.apply(scale.position(to));
        canvas.line(start[0], start[1], end[0], end[1], "whisker", tooltip);
        end(canvas, fromBelow, lowArrow, start, cap, horizontal, tooltip);
        end(canvas, toAbove, highArrow, end, cap, horizontal, tooltip);
    }

    private static void end(Canvas canvas, boolean clamped, Marker arrow, double[] point, double cap, boolean horizontal,
                            String tooltip) {
        double x = point[0];
        double y = point[1];
        if (clamped) {
            canvas.marker(arrow, x, y, cap * 0.6, "whisker-arrow", beyond(tooltip));
        } else if (horizontal) {
            canvas.line(x, y - cap, x, y + cap, "whisker", null);
        } else {
            canvas.line(x - cap, y, x + cap, y, "whisker", null);
        }
    }

    private static String beyond(String tooltip) {
        return (tooltip == null ? "" : tooltip + " ") + "(the interval runs beyond the axis)";
    }
}
