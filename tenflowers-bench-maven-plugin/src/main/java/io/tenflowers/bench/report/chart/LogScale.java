package io.tenflowers.bench.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A base-10 logarithmic axis over whole decades: data from 8 100 to 1 020 000 gets the domain
 * 1k..10M. Decades are major ticks (labelled, every second or fifth one when they are crowded);
 * 2 and 5 within each decade are minor ticks when a decade is at least {@value #MINOR_TICK_ROOM}
 * units long, and labelled from {@value #MINOR_LABEL_ROOM} units on.
 */
final class LogScale implements Scale {
    static final double MINOR_TICK_ROOM = 60;
    static final double MINOR_LABEL_ROOM = 160;
    /** Room one tick label needs along the axis: "2.5M" at 12 px plus a gap. */
    static final double LABEL_ROOM = 36;

    private final int lowDecade;
    private final int highDecade;
    private final double start;
    private final double end;

    private LogScale(int lowDecade, int highDecade, double start, double end) {
        this.lowDecade = lowDecade;
        this.highDecade = highDecade;
        this.start = start;
        this.end = end;
    }

    /**
     * @param low   lowest data value (finite, positive)
     * @param high  highest data value (finite, ≥ low)
     * @param start position of the domain's low end
     * @param end   position of the domain's high end
     * @return a scale from the decade at or below {@code low} to the decade at or above {@code high}
     *         (at least one decade)
     */
    static LogScale decades(double low, double high, double start, double end) {
        if (!(low > 0) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("A log axis needs 0 < low ≤ high, got " + low + " and " + high);
        }
        // Math.log10 is exact at powers of ten, so 1000 stays in decade 3 and the domain ends on it.
        int lowDecade = (int) Math.floor(Math.log10(low));
        int highDecade = (int) Math.ceil(Math.log10(high));
        if (highDecade == lowDecade) {
            highDecade++;
        }
        return new LogScale(lowDecade, highDecade, start, end);
    }

    @Override
    public double min() {
        return Math.pow(10, lowDecade);
    }

    @Override
    public double max() {
        return Math.pow(10, highDecade);
    }

    @Override
    public double position(double value) {
        return start + (Math.log10(value) - lowDecade) / (highDecade - lowDecade) * (end - start);
    }

    /** @return the length of one decade along the axis */
    double decadeLength() {
        return Math.abs(end - start) / (highDecade - lowDecade);
    }

    @Override
    public List<Tick> ticks() {
        double decade = decadeLength();
        int stride = decade >= LABEL_ROOM ? 1 : decade * 2 >= LABEL_ROOM ? 2 : decade * 5 >= LABEL_ROOM ? 5 : 10;
        List<Tick> ticks = new ArrayList<>();
        for (int k = lowDecade; k <= highDecade; k++) {
            double value = Math.pow(10, k);
            ticks.add(new Tick(value, Math.floorMod(k, stride) == 0 ? Numbers.compact(value, 1) : null, true));
            if (k < highDecade && decade >= MINOR_TICK_ROOM) {
                for (int factor : new int[]{2, 5}) {
                    double minor = factor * value;
                    ticks.add(new Tick(minor, decade >= MINOR_LABEL_ROOM ? Numbers.compact(minor, 1) : null, false));
                }
            }
        }
        return ticks;
    }

    @Override
    public boolean accepts(double value) {
        return Double.isFinite(value) && value > 0;
    }
}
