package io.tenflowers.bench.report.chart;

/**
 * The data area of a chart, inside its margins (user units, y downwards).
 *
 * @param left   x of the left edge
 * @param top    y of the top edge
 * @param width  width
 * @param height height
 */
record Plot(double left, double top, double width, double height) {
    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }

    double centerX() {
        return left + width / 2;
    }

    double centerY() {
        return top + height / 2;
    }
}
