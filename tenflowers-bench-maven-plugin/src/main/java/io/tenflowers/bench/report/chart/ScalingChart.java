package io.tenflowers.bench.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Scaling curves on log-log axes: each series' points with interval whiskers, the straight
 * least-squares line through them (a power law {@code y ∝ x^b} is straight on these axes, with slope
 * {@code b}), and a legend "name: b = 1.02". Both axes have decade ticks, with 2 and 5 between
 * where a decade is long enough. Series differ in marker shape as well as colour.
 */
public final class ScalingChart {
    static final int HEIGHT = 420;
    static final double LEFT = 72;
    static final double LEGEND = 210;
    static final int SERIES_CLASSES = 7;
    private static final double MARKER = 4;
    private static final double LEGEND_ROW = 20;

    private ScalingChart() {
    }

    /**
     * @param id     element id of the chart (made safe)
     * @param title  the chart's title
     * @param xLabel the size axis title with its unit, e.g. {@code size (elements)}
     * @param yLabel the score axis title with its unit, e.g. {@code throughput (ops/s)}
     * @param series the curves; a point whose x or y is not a positive finite number is left out
     *               (a log axis cannot place it) and the description says so
     * @return the chart, or a "no data" chart when no point can be placed
     */
    public static Chart of(String id, String title, String xLabel, String yLabel, List<ScalingSeries> series) {
        List<Curve> curves = new ArrayList<>();
        int droppedPoints = 0;
        for (ScalingSeries one : series == null ? List.<ScalingSeries>of() : series) {
            if (one == null) {
                continue;
            }
            List<ScalingPoint> kept = new ArrayList<>();
            for (ScalingPoint point : one.points() == null ? List.<ScalingPoint>of() : one.points()) {
                if (point != null && positive(point.x()) && positive(point.y())) {
                    kept.add(point);
                } else {
                    droppedPoints++;
                }
            }
            kept.sort(Comparator.comparingDouble(ScalingPoint::x));
            List<double[]> xy = kept.stream().map(p -> new double[]{p.x(), p.y()}).toList();
            curves.add(new Curve(Objects.requireNonNullElse(one.name(), ""), kept, one.exponent(),
                    kept.isEmpty() ? null : LogFit.of(xy)));
        }
        String dropNote = droppedPoints == 0 ? "" : " Left out: " + droppedPoints
                + (droppedPoints == 1 ? " point" : " points") + " without a positive finite size and score (a log axis cannot show them).";
        if (curves.stream().allMatch(curve -> curve.points().isEmpty())) {
            return NoData.chart(id, title, (curves.isEmpty() ? "There are no scaling series." : "No point can be placed.") + dropNote);
        }
        Plot plot = new Plot(LEFT, Style.PLOT_TOP, Style.WIDTH - LEFT - LEGEND, HEIGHT - Style.PLOT_TOP - Style.X_AXIS_ROOM);
        LogScale xScale = xScale(curves, plot);
        LogScale yScale = yScale(curves, plot);
        String xAxis = Objects.requireNonNullElse(xLabel, "") + ", log scale";
        String yAxis = Objects.requireNonNullElse(yLabel, "") + ", log scale";

        Canvas canvas = new Canvas();
        canvas.title(Objects.requireNonNullElse(title, ""), Style.WIDTH - 16);
        Axes.bottom(canvas, xScale, plot, xAxis);
        Axes.left(canvas, yScale, plot, yAxis);
        for (int i = 0; i < curves.size(); i++) {
            drawCurve(canvas, xScale, yScale, curves.get(i), i);
        }
        drawLegend(canvas, plot, curves);
        return new Chart(id, title, describe(curves, Objects.requireNonNullElse(xLabel, ""), Objects.requireNonNullElse(yLabel, ""))
                + dropNote, Style.WIDTH, HEIGHT, canvas.shapes());
    }

    /** A series with its placeable points, sorted by x, and its fit (null below two distinct sizes). */
    private record Curve(String name, List<ScalingPoint> points, Double exponent, LogFit fit) {
        /** @return the exponent the legend shows: the given one, else the fit's slope, else null */
        Double shownExponent() {
            return exponent != null && Double.isFinite(exponent) ? exponent : fit == null ? null : fit.slope();
        }
    }

    private static LogScale xScale(List<Curve> curves, Plot plot) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (Curve curve : curves) {
            for (ScalingPoint point : curve.points()) {
                low = Math.min(low, point.x());
                high = Math.max(high, point.x());
            }
        }
        return LogScale.decades(low, high, plot.left(), plot.right());
    }

    private static LogScale yScale(List<Curve> curves, Plot plot) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (Curve curve : curves) {
            for (ScalingPoint point : curve.points()) {
                List<Double> values = new ArrayList<>(List.of(point.y()));
                if (hasInterval(point)) {
                    values.add(point.low());
                    values.add(point.high());
                }
                if (curve.fit() != null) {
                    values.add(curve.fit().at(point.x())); // the line's ends stay inside
                }
                for (double value : values) {
                    if (positive(value)) {
                        low = Math.min(low, value);
                        high = Math.max(high, value);
                    }
                }
            }
        }
        return LogScale.decades(low, high, plot.bottom(), plot.top());
    }

    private static void drawCurve(Canvas canvas, LogScale xScale, LogScale yScale, Curve curve, int index) {
        String seriesClass = "s" + index % SERIES_CLASSES;
        if (curve.fit() != null) {
            double first = curve.points().get(0).x();
            double last = curve.points().get(curve.points().size() - 1).x();
            canvas.line(xScale.position(first), yScale.position(curve.fit().at(first)), xScale.position(last),
                    yScale.position(curve.fit().at(last)), "fit " + seriesClass,
                    curve.name() + ": fitted line, b = " + Numbers.exponent(curve.fit().slope()));
        }
        Marker marker = Marker.ofSeries(index);
        for (ScalingPoint point : curve.points()) {
            double x = xScale.position(point.x());
            String tooltip = curve.name() + ": size " + Numbers.compact(point.x(), 4) + ", score "
                    + Numbers.compact(point.y(), 4) + (hasInterval(point) ? " (interval " + Numbers.compact(point.low(), 4)
                    + " to " + Numbers.compact(point.high(), 4) + ")" : "");
            if (hasInterval(point) && positive(point.high())) {
                Axes.verticalWhisker(canvas, yScale, point.low(), point.high(), x, MARKER, tooltip);
            }
            canvas.marker(marker, x, yScale.position(point.y()), MARKER, "point " + seriesClass, tooltip);
        }
    }

    private static void drawLegend(Canvas canvas, Plot plot, List<Curve> curves) {
        double x = plot.right() + 20;
        double room = Style.WIDTH - x - 28 - 8;
        int rows = (int) (plot.height() / LEGEND_ROW);
        for (int i = 0; i < curves.size(); i++) {
            double y = plot.top() + 10 + i * LEGEND_ROW;
            if (i == rows - 1 && curves.size() > rows) {
                canvas.text(x, y + Style.FONT * 0.35, "and " + (curves.size() - i) + " more series", "start",
                        "legend-label", null); // all are drawn and in the description
                break;
            }
            Curve curve = curves.get(i);
            String seriesClass = "s" + i % SERIES_CLASSES;
            canvas.line(x, y, x + 22, y, "fit legend " + seriesClass, null);
            canvas.marker(Marker.ofSeries(i), x + 11, y, MARKER, "point legend " + seriesClass, null);
            // A long name is cut, never the exponent after it.
            String text = legendText(curve);
            String suffix = text.substring(curve.name().length());
            double nameRoom = room - Labels.width(suffix, Style.FONT);
            canvas.text(x + 28, y + Style.FONT * 0.35, Labels.truncate(curve.name(), nameRoom, Style.FONT) + suffix, "start",
                    "legend-label", Labels.isTooLong(curve.name(), nameRoom, Style.FONT) ? text : null);
        }
    }

    private static String legendText(Curve curve) {
        Double exponent = curve.shownExponent();
        if (curve.points().isEmpty()) {
            return curve.name() + ": no data";
        }
        return curve.name() + ": b = " + (exponent == null ? "n/a" : Numbers.exponent(exponent));
    }

    private static String describe(List<Curve> curves, String xAxis, String yAxis) {
        StringBuilder text = new StringBuilder("Scaling chart on log-log axes: ").append(yAxis).append(" against ")
                .append(xAxis).append(", with the least-squares line of each series (slope b: the score grows as the"
                        + " size to the power b).");
        for (Curve curve : curves) {
            text.append(' ').append(legendText(curve));
            if (!curve.points().isEmpty()) {
                text.append(" over ").append(curve.points().size()).append(curve.points().size() == 1 ? " size" : " sizes")
                        .append(" from ").append(Numbers.compact(curve.points().get(0).x(), 3)).append(" to ")
                        .append(Numbers.compact(curve.points().get(curve.points().size() - 1).x(), 3));
            }
            text.append('.');
        }
        return text.toString();
    }

    private static boolean hasInterval(ScalingPoint point) {
        return point.low() != null && point.high() != null && Double.isFinite(point.low()) && Double.isFinite(point.high());
    }

    private static boolean positive(double value) {
        return Double.isFinite(value) && value > 0;
    }
}
