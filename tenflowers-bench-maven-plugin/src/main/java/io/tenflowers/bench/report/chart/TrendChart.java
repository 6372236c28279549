package io.tenflowers.bench.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One benchmark over the stored history of runs: x is the run's index (0 … n−1, oldest first, a
 * few runs labelled), y its score with the interval as a whisker. A run without a result breaks the
 * line and leaves a faint tick at the bottom; a run the gate flagged is a triangle. Change points
 * split the history into segments: each segment's level is a horizontal line over its runs, a
 * dashed line marks where a new one begins, labelled with the step from the previous level in
 * percent ({@code (level − previous) / previous}).
 */
public final class TrendChart {
    static final int HEIGHT = 360;
    static final double LEFT = 72;
    static final double RIGHT = 24;
    /** Room for one run label along the x axis ("12-03 09:12 937f9ab" at 12 px plus a gap). */
    static final double RUN_LABEL_ROOM = 150;
    private static final double POINT = 3.5;

    private TrendChart() {
    }

    /**
     * @param id       element id of the chart (made safe)
     * @param title    the chart's title
     * @param yLabel   the score axis title with its unit, e.g. {@code throughput (ops/s)}
     * @param points   the runs, oldest first; a null or non-finite value is a gap
     * @param segments the segments between change points, or an empty list; one whose indices do not
     *                 fit the runs or whose level is not finite is left out (the description says so)
     * @return the chart, or a "no data" chart when no run has a result
     */
    public static Chart of(String id, String title, String yLabel, List<TrendPoint> points, List<TrendSegment> segments) {
        List<TrendPoint> runs = points == null ? List.of() : points.stream()
                .map(p -> p == null ? new TrendPoint("", null, null, null, false)
                        : p.label() == null ? new TrendPoint("", p.value(), p.low(), p.high(), p.flagged()) : p).toList();
        long results = runs.stream().filter(TrendChart::hasValue).count();
        if (results == 0) {
            return NoData.chart(id, title, runs.isEmpty() ? "There are no stored runs." : "None of the " + runs.size()
                    + " stored runs has a result for this benchmark.");
        }
        int n = runs.size();
        List<TrendSegment> valid = new ArrayList<>();
        int invalid = 0;
        for (TrendSegment segment : segments == null ? List.<TrendSegment>of() : segments) {
            if (segment != null && segment.from() >= 0 && segment.from() <= segment.to() && segment.to() < n
                    && Double.isFinite(segment.level())) {
                valid.add(segment);
            } else {
                invalid++;
            }
        }
        valid.sort(Comparator.comparingInt(TrendSegment::from));

        Plot plot = new Plot(LEFT, Style.PLOT_TOP, Style.WIDTH - LEFT - RIGHT, HEIGHT - Style.PLOT_TOP - Style.X_AXIS_ROOM);
        LinearScale x = LinearScale.exact(-0.5, n - 0.5, plot.left(), plot.right());
        LinearScale y = yScale(runs, valid, plot);
        String yAxis = Objects.requireNonNullElse(yLabel, "");

        Canvas canvas = new Canvas();
        canvas.title(Objects.requireNonNullElse(title, ""), Style.WIDTH - 16);
        Axes.left(canvas, y, plot, yAxis);
        drawRunAxis(canvas, x, plot, runs);
        drawSegments(canvas, x, y, plot, runs, valid);
        drawLine(canvas, x, y, runs);
        drawPoints(canvas, x, y, plot, runs);
        return new Chart(id, title, describe(runs, valid, invalid, yAxis), Style.WIDTH, HEIGHT, canvas.shapes());
    }

    private static LinearScale yScale(List<TrendPoint> runs, List<TrendSegment> segments, Plot plot) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (TrendPoint run : runs) {
            if (hasValue(run)) {
                for (Double value : hasInterval(run) ? List.of(run.value(), run.low(), run.high()) : List.of(run.value())) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        for (TrendSegment segment : segments) {
            low = Math.min(low, segment.level());
            high = Math.max(high, segment.level());
        }
        return LinearScale.nice(low, high, (int) Math.max(2, plot.height() / 50), plot.bottom(), plot.top());
    }

    /** Labels a few runs, evenly spread, always the first and the last; a faint grid line at each. */
    private static void drawRunAxis(Canvas canvas, LinearScale x, Plot plot, List<TrendPoint> runs) {
        int n = runs.size();
        int count = (int) Math.max(1, Math.min(n, Math.floor(plot.width() / RUN_LABEL_ROOM)));
        int previous = -1;
        for (int k = 0; k < count; k++) {
            int index = count == 1 ? n - 1 : (int) Math.round(k * (n - 1) / (double) (count - 1));
            if (index == previous) {
                continue;
            }
            previous = index;
            double position = x.position(index);
            canvas.line(position, plot.top(), position, plot.bottom(), "grid minor", null);
            canvas.line(position, plot.bottom(), position, plot.bottom() + Style.TICK_LENGTH, "tick", null);
            String label = runs.get(index).label();
            String shown = Labels.truncate(label, RUN_LABEL_ROOM - 10, Style.FONT);
            double half = Labels.width(shown, Style.FONT) / 2;
            double center = Math.max(half + 4, Math.min(Style.WIDTH - half - 4, position)); // never cut at the edges
            canvas.text(center, plot.bottom() + Style.TICK_LENGTH + Style.FONT + 1, shown, "middle", "tick-label",
                    shown.equals(label) ? null : label);
        }
        canvas.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), "axis", null);
        canvas.text(plot.centerX(), plot.bottom() + Style.X_AXIS_ROOM - 8, "run (oldest to newest)", "middle", "axis-label", null);
    }

    private static void drawSegments(Canvas canvas, LinearScale x, LinearScale y, Plot plot, List<TrendPoint> runs,
                                     List<TrendSegment> segments) {
        double labelRowEnd = Double.NEGATIVE_INFINITY;
        int row = 0;
        for (int i = 0; i < segments.size(); i++) {
            TrendSegment segment = segments.get(i);
            double level = y.position(segment.level());
            canvas.line(x.position(segment.from() - 0.5), level, x.position(segment.to() + 0.5), level, "segment-level",
                    "runs " + (segment.from() + 1) + " to " + (segment.to() + 1) + ": level " + Numbers.compact(segment.level(), 4));
            if (i == 0) {
                continue;
            }
            TrendSegment before = segments.get(i - 1);
            double at = x.position(segment.from() - 0.5);
            String step = before.level() == 0 ? "new level" : Numbers.step((segment.level() - before.level()) / Math.abs(before.level()));
            String tooltip = "change point before run " + (segment.from() + 1) + " ("
                    + runs.get(segment.from()).label() + "): " + step + ", from "
                    + Numbers.compact(before.level(), 4) + " to " + Numbers.compact(segment.level(), 4);
            canvas.line(at, plot.top(), at, plot.bottom(), "segment-break", tooltip);
            // Close change points would print their labels over each other: alternate two rows.
            row = at + 3 < labelRowEnd ? 1 - row : 0;
            canvas.text(at + 3, plot.top() + Style.SMALL_FONT + 2 + row * (Style.SMALL_FONT + 3), step, "start",
                    "step-label", tooltip);
            // The labels are bold, wider than the estimate: keep a generous gap.
            labelRowEnd = row == 0 ? at + 3 + Labels.width(step, Style.SMALL_FONT) + 12 : labelRowEnd;
        }
    }

    /** One polyline per run of consecutive results: a missing result breaks the line. */
    private static void drawLine(Canvas canvas, LinearScale x, LinearScale y, List<TrendPoint> runs) {
        List<double[]> stretch = new ArrayList<>();
        for (int i = 0; i <= runs.size(); i++) {
            if (i < runs.size() && hasValue(runs.get(i))) {
                stretch.add(new double[]{x.position(i), y.position(runs.get(i).value())});
            } else {
                if (stretch.size() > 1) {
                    canvas.polyline(stretch, "trend-line", null);
                }
                stretch = new ArrayList<>();
            }
        }
    }

    private static void drawPoints(Canvas canvas, LinearScale x, LinearScale y, Plot plot, List<TrendPoint> runs) {
        for (int i = 0; i < runs.size(); i++) {
            TrendPoint run = runs.get(i);
            String label = run.label();
            double position = x.position(i);
            if (!hasValue(run)) {
                canvas.line(position, plot.bottom() - 10, position, plot.bottom(), "no-result", label + ": no result");
                continue;
            }
            String tooltip = label + ": " + Numbers.compact(run.value(), 4) + (hasInterval(run) ? " (interval "
                    + Numbers.compact(run.low(), 4) + " to " + Numbers.compact(run.high(), 4) + ")" : "")
                    + (run.flagged() ? " — flagged by the gate" : "");
            if (hasInterval(run)) {
                Axes.verticalWhisker(canvas, y, run.low(), run.high(), position, POINT, tooltip);
            }
            if (run.flagged()) {
                canvas.marker(Marker.TRIANGLE_UP, position, y.position(run.value()), POINT + 2.5, "point flagged", tooltip);
            } else {
                canvas.circle(position, y.position(run.value()), POINT, "point", tooltip);
            }
        }
    }

    private static String describe(List<TrendPoint> runs, List<TrendSegment> segments, int invalid, String yAxis) {
        TrendPoint latest = null;
        int gaps = 0;
        int flagged = 0;
        for (TrendPoint run : runs) {
            if (hasValue(run)) {
                latest = run;
                flagged += run.flagged() ? 1 : 0;
            } else {
                gaps++;
            }
        }
        StringBuilder text = new StringBuilder("Trend of ").append(yAxis).append(" over ").append(runs.size())
                .append(runs.size() == 1 ? " run" : " runs").append(", oldest to newest");
        if (runs.size() > 1) {
            text.append(" (").append(runs.get(0).label()).append(" to ").append(runs.get(runs.size() - 1).label()).append(')');
        }
        text.append(". Latest result ").append(Numbers.compact(Objects.requireNonNull(latest).value(), 4)).append(" (")
                .append(latest.label()).append(").");
        if (gaps > 0) {
            text.append(' ').append(gaps).append(gaps == 1 ? " run has" : " runs have").append(" no result (gaps in the line).");
        }
        if (flagged > 0) {
            text.append(' ').append(flagged).append(flagged == 1 ? " run" : " runs").append(" flagged by the gate (triangles).");
        }
        if (segments.size() > 1) {
            List<String> steps = new ArrayList<>();
            for (int i = 1; i < segments.size(); i++) {
                TrendSegment before = segments.get(i - 1);
                TrendSegment segment = segments.get(i);
                steps.add((before.level() == 0 ? "new level" : Numbers.step((segment.level() - before.level()) / Math.abs(before.level())))
                        + " before run " + (segment.from() + 1));
            }
            text.append(' ').append(segments.size() - 1).append(segments.size() == 2 ? " change point: " : " change points: ")
                    .append(String.join(", ", steps)).append('.');
        }
        if (invalid > 0) {
            text.append(' ').append(invalid).append(invalid == 1 ? " segment" : " segments")
                    .append(" left out (indices outside the runs or no finite level).");
        }
        return text.toString();
    }

    private static boolean hasValue(TrendPoint run) {
        return run.value() != null && Double.isFinite(run.value());
    }

    private static boolean hasInterval(TrendPoint run) {
        return run.low() != null && run.high() != null && Double.isFinite(run.low()) && Double.isFinite(run.high());
    }
}
