package io.tenflowers.bench.report.chart;

/**
 * One SVG element of a {@link Chart}. Coordinates are pre-formatted strings (one decimal,
 * {@link java.util.Locale#ROOT}) so the template does no arithmetic and the output does not depend
 * on the default locale. {@link #kind()} names the SVG element the macro writes; {@link #styleClass()}
 * is its CSS class (from {@code chart-styles.ftlh}); {@link #tooltip()} is the text of a
 * {@code <title>} child (a browser shows it on hover, a screen reader reads it), or null for none.
 */
public sealed interface Shape permits Shape.Rect, Shape.Line, Shape.Text, Shape.Circle, Shape.Polyline, Shape.Path {
    /** @return the SVG element: {@code rect}, {@code line}, {@code text}, {@code circle}, {@code polyline} or {@code path} */
    String kind();

    /** @return the CSS class attribute (one or more classes separated by spaces) */
    String styleClass();

    /** @return the tooltip text, or null */
    String tooltip();

    /** A rectangle with its top-left corner at ({@code x}, {@code y}). */
    record Rect(String x, String y, String width, String height, String styleClass, String tooltip) implements Shape {
        @Override
        public String kind() {
            return "rect";
        }
    }

    /** A straight line from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}). */
    record Line(String x1, String y1, String x2, String y2, String styleClass, String tooltip) implements Shape {
        @Override
        public String kind() {
            return "line";
        }
    }

    /**
     * A text whose anchor point is ({@code x}, {@code y}) on the baseline.
     *
     * @param anchor   {@code start}, {@code middle} or {@code end} (SVG {@code text-anchor})
     * @param rotation degrees of rotation about the anchor point, {@code "0"} for none (−90 for a
     *                 vertical axis label)
     */
    record Text(String x, String y, String text, String anchor, String rotation, String styleClass, String tooltip)
            implements Shape {
        @Override
        public String kind() {
            return "text";
        }

        /** @return whether the text is rotated */
        public boolean rotated() {
            return !"0".equals(rotation);
        }
    }

    /** A circle of radius {@code r} around ({@code cx}, {@code cy}). */
    record Circle(String cx, String cy, String r, String styleClass, String tooltip) implements Shape {
        @Override
        public String kind() {
            return "circle";
        }
    }

    /** Connected line segments through {@code points} ({@code "x,y x,y …"}). */
    record Polyline(String points, String styleClass, String tooltip) implements Shape {
        @Override
        public String kind() {
            return "polyline";
        }
    }

    /** An outline in SVG path data {@code d} (markers: triangles, squares, diamonds, arrowheads). */
    record Path(String d, String styleClass, String tooltip) implements Shape {
        @Override
        public String kind() {
            return "path";
        }
    }
}
