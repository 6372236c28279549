package io.tenflowers.bench.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a chart's shapes from numbers: formats every coordinate once, here, so builders think in
 * doubles and the model holds only strings.
 */
final class Canvas {
    private final List<Shape> shapes = new ArrayList<>();

    void rect(double x, double y, double width, double height, String styleClass, String tooltip) {
        shapes.add(new Shape.Rect(Numbers.coord(x), Numbers.coord(y), Numbers.coord(Math.max(0, width)),
                Numbers.coord(Math.max(0, height)), styleClass, tooltip));
    }

    /** A rectangle between two x positions in either order. */
    void span(double x1, double x2, double y, double height, String styleClass, String tooltip) {
        rect(Math.min(x1, x2), y, Math.abs(x2 - x1), height, styleClass, tooltip);
    }

    void line(double x1, double y1, double x2, double y2, String styleClass, String tooltip) {
        shapes.add(new Shape.Line(Numbers.coord(x1), Numbers.coord(y1), Numbers.coord(x2), Numbers.coord(y2),
                styleClass, tooltip));
    }

    void text(double x, double y, String text, String anchor, String styleClass, String tooltip) {
        shapes.add(new Shape.Text(Numbers.coord(x), Numbers.coord(y), text, anchor, "0", styleClass, tooltip));
    }

    /** Text turned 90° counter-clockwise about its anchor point, reading upwards. */
    void verticalText(double x, double y, String text, String styleClass) {
        shapes.add(new Shape.Text(Numbers.coord(x), Numbers.coord(y), text, "middle", "-90", styleClass, null));
    }

    void circle(double cx, double cy, double r, String styleClass, String tooltip) {
        shapes.add(new Shape.Circle(Numbers.coord(cx), Numbers.coord(cy), Numbers.coord(r), styleClass, tooltip));
    }

    /** @param points x0, y0, x1, y1, … */
    void polyline(List<double[]> points, String styleClass, String tooltip) {
        StringBuilder text = new StringBuilder();
        for (double[] point : points) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(Numbers.coord(point[0])).append(',').append(Numbers.coord(point[1]));
        }
        shapes.add(new Shape.Polyline(text.toString(), styleClass, tooltip));
    }

    void marker(Marker marker, double x, double y, double size, String styleClass, String tooltip) {
        shapes.add(new Shape.Path(marker.path(x, y, size), styleClass, tooltip));
    }

    /** The chart's visible title, left-aligned above the plot. */
    void title(String title, double maxWidth) {
        text(8, Style.TITLE_Y, Labels.truncate(title, maxWidth, Style.TITLE_FONT), "start", "chart-title",
                Labels.isTooLong(title, maxWidth, Style.TITLE_FONT) ? title : null);
    }

    List<Shape> shapes() {
        return shapes;
    }
}
