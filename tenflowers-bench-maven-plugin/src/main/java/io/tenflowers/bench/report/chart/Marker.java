package io.tenflowers.bench.report.chart;

/**
 * Marker shapes as SVG path data centred on a point. Shapes differ so that colour never carries
 * meaning alone: series differ in marker, a flagged run is a triangle, a clamped bar ends in an
 * arrow.
 */
enum Marker {
    CIRCLE, SQUARE, TRIANGLE_UP, DIAMOND, TRIANGLE_DOWN, ARROW_LEFT, ARROW_RIGHT, ARROW_UP, ARROW_DOWN;

    private static final Marker[] SERIES = {CIRCLE, SQUARE, TRIANGLE_UP, DIAMOND, TRIANGLE_DOWN};

    /** @return the marker of the {@code index}-th series (five shapes, repeating) */
    static Marker ofSeries(int index) {
        return SERIES[index % SERIES.length];
    }

    /**
     * @param x    centre x (the tip, for an arrow)
     * @param y    centre y (the tip, for an arrow)
     * @param size half the marker's extent
     * @return the path data
     */
    String path(double x, double y, double size) {
        return switch (this) {
            case CIRCLE -> "M" + p(x - size, y) + "A" + p(size, size) + " 0 1 0 " + p(x + size, y)
                    + "A" + p(size, size) + " 0 1 0 " + p(x - size, y) + "Z";
            case SQUARE -> polygon(x - size, y - size, x + size, y - size, x + size, y + size, x - size, y + size);
            case TRIANGLE_UP -> polygon(x, y - size * 1.2, x + size * 1.1, y + size * 0.8, x - size * 1.1, y + size * 0.8);
            case TRIANGLE_DOWN -> polygon(x, y + size * 1.2, x + size * 1.1, y - size * 0.8, x - size * 1.1, y - size * 0.8);
            case DIAMOND -> polygon(x, y - size * 1.3, x + size, y, x, y + size * 1.3, x - size, y);
            case ARROW_LEFT -> polygon(x, y, x + size * 1.6, y - size, x + size * 1.6, y + size);
            case ARROW_RIGHT -> polygon(x, y, x - size * 1.6, y - size, x - size * 1.6, y + size);
            case ARROW_UP -> polygon(x, y, x - size, y + size * 1.6, x + size, y + size * 1.6);
            case ARROW_DOWN -> polygon(x, y, x - size, y - size * 1.6, x + size, y - size * 1.6);
        };
    }

    private static String polygon(double... xy) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            d.append(i == 0 ? "M" : "L").append(p(xy[i], xy[i + 1]));
        }
        return d.append('Z').toString();
    }

    private static String p(double x, double y) {
        return Numbers.coord(x) + " " + Numbers.coord(y);
    }
}
