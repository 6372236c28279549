package io.tenflowers.bench.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis with "nice" ticks: a step of 1, 2 or 5 times a power of ten, chosen as the smallest
 * such step that gives at most the wanted number of intervals over the data, and a domain widened
 * to whole steps. Data from 0 to 87 with 5 intervals wanted: a raw step of 17.4 becomes 20, the
 * domain 0..100, ticks 0, 20, … 100.
 */
final class LinearScale implements Scale {
    private final double min;
    private final double max;
    private final double step;
    private final double start;
    private final double end;

    private LinearScale(double min, double max, double step, double start, double end) {
        this.min = min;
        this.max = max;
        this.step = step;
        this.start = start;
        this.end = end;
    }

    /**
     * @param low       lowest data value (finite)
     * @param high      highest data value (finite)
     * @param intervals the most tick intervals wanted (≥ 1)
     * @param start     position of the domain's low end
     * @param end       position of the domain's high end
     * @return a scale whose domain covers {@code [low, high]} and ends on ticks
     */
    static LinearScale nice(double low, double high, int intervals, double start, double end) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("A linear axis needs finite low ≤ high, got " + low + " and " + high);
        }
        if (low == high) {
            // One value: give it room on both sides so it lands inside the plot, not on its edge.
            double half = low == 0 ? 0.5 : Math.abs(low) / 2;
            low -= half;
            high += half;
        }
        double step = niceStep((high - low) / Math.max(1, intervals));
        double niceLow = Math.floor(low / step + 1e-9) * step;
        double niceHigh = Math.ceil(high / step - 1e-9) * step;
        return new LinearScale(niceLow, niceHigh, step, start, end);
    }

    /**
     * A scale over exactly {@code [min, max]} with no ticks (positions only), e.g. run indices.
     */
    static LinearScale exact(double min, double max, double start, double end) {
        if (!(min < max)) {
            throw new IllegalArgumentException("An exact axis needs min < max, got " + min + " and " + max);
        }
        return new LinearScale(min, max, Double.NaN, start, end);
    }

    /** @return the smallest of 1, 2, 5, 10 × 10^k that is at least {@code rough} */
    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        double tolerance = 1e-9;
        double factor = residual <= 1 + tolerance ? 1 : residual <= 2 + tolerance ? 2 : residual <= 5 + tolerance ? 5 : 10;
        return factor * magnitude;
    }

    @Override
    public double min() {
        return min;
    }

    @Override
    public double max() {
        return max;
    }

    /** @return the distance between ticks (NaN for an {@link #exact} scale) */
    double step() {
        return step;
    }

    @Override
    public double position(double value) {
        return start + (value - min) / (max - min) * (end - start);
    }

    @Override
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        if (Double.isNaN(step)) {
            return ticks;
        }
        long first = Math.round(min / step);
        long last = Math.round(max / step);
        for (long k = first; k <= last; k++) {
            double value = k * step; // k·step, not a running sum: no drift
            ticks.add(new Tick(value, Numbers.tick(value, step, Math.max(Math.abs(min), Math.abs(max))), true));
        }
        return ticks;
    }

    @Override
    public boolean accepts(double value) {
        return Double.isFinite(value);
    }
}
