package io.tenflowers.bench.report.chart;

import java.util.List;

/**
 * Maps data values to positions along one axis: the domain {@code [min, max]} onto the range
 * {@code [start, end]} in user units ({@code start > end} for a vertical axis whose values grow
 * upwards).
 */
sealed interface Scale permits LinearScale, LogScale {
    /** @return the lowest value on the axis */
    double min();

    /** @return the highest value on the axis */
    double max();

    /** @return the position of {@code value}; values outside the domain map outside the range */
    double position(double value);

    /** @return the ticks to draw, from low to high */
    List<Tick> ticks();

    /** @return whether {@code value} can be placed: finite, and positive on a log axis */
    boolean accepts(double value);

    /** @return the position of {@code value} held to the domain's ends */
    default double clampedPosition(double value) {
        return position(Math.max(min(), Math.min(max(), value)));
    }

    /** @return whether {@code value} lies outside the domain (a drawing of it must be clamped) */
    default boolean outside(double value) {
        return value < min() || value > max();
    }
}
