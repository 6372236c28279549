package io.tenflowers.bench.report.chart;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scales and their ticks, with values worked out by hand. */
class ScalesTest {
    private static List<String> labels(Scale scale) {
        return scale.ticks().stream().map(Tick::label).filter(Objects::nonNull).toList();
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(20, LinearScale.niceStep(17.4), 1e-12);
        assertEquals(0.5, LinearScale.niceStep(0.3), 1e-12);
        assertEquals(1, LinearScale.niceStep(1), 1e-12);
        assertEquals(5, LinearScale.niceStep(2.1), 1e-12);
        assertEquals(10, LinearScale.niceStep(7), 1e-12);
        assertEquals(0.1, LinearScale.niceStep(0.1), 1e-12, "0.1 is not bumped to 0.2 by rounding in log10");
    }

    @Test
    void linearAxisFrom0To87WithFiveIntervalsRunsTo100In20s() {
        LinearScale scale = LinearScale.nice(0, 87, 5, 0, 500);
        assertEquals(0, scale.min());
        assertEquals(100, scale.max());
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), labels(scale));
        assertEquals(250, scale.position(50), 1e-9);
    }

    @Test
    void linearTicksAcrossZeroCarryTheDecimalsTheyNeed() {
        LinearScale scale = LinearScale.nice(-0.13, 0.37, 5, 0, 600);
        // raw step 0.5 / 5 = 0.1; domain widened to whole steps: −0.2 … 0.4
        assertEquals(List.of("−0.2", "−0.1", "0", "0.1", "0.2", "0.3", "0.4"), labels(scale));
        assertEquals(200, scale.position(0), 1e-9);
    }

    @Test
    void oneAxisUsesOneSuffix() {
        LinearScale scale = LinearScale.nice(950_000, 1_150_000, 4, 0, 100);
        assertEquals(List.of("0.95M", "1M", "1.05M", "1.1M", "1.15M"), labels(scale));
    }

    @Test
    void aVerticalAxisRunsUpwards() {
        LinearScale scale = LinearScale.nice(0, 10, 5, 300, 100);
        assertEquals(300, scale.position(0), 1e-9);
        assertEquals(100, scale.position(10), 1e-9);
    }

    @Test
    void aSingleValueLandsInsideTheAxis() {
        LinearScale scale = LinearScale.nice(100, 100, 5, 0, 100);
        assertTrue(scale.min() < 100 && scale.max() > 100, scale.min() + ".." + scale.max());
        LinearScale zero = LinearScale.nice(0, 0, 5, 0, 100);
        assertTrue(zero.min() < 0 && zero.max() > 0);
    }

    @Test
    void logAxisCoversWholeDecades() {
        LogScale scale = LogScale.decades(8_100, 1_020_000, 0, 400);
        assertEquals(1e3, scale.min(), 1e-9);
        assertEquals(1e7, scale.max(), 1e-3);
        assertEquals(100, scale.position(1e4), 1e-9, "4 decades over 400 units");
        assertEquals(List.of("1k", "10k", "100k", "1M", "10M"), labels(scale));
        assertEquals(8, scale.ticks().stream().filter(tick -> !tick.major()).count(), "2 and 5 in each of 4 decades");
    }

    @Test
    void logAxisPlacesTheMiddleDecadeInTheMiddle() {
        LogScale scale = LogScale.decades(10, 1000, 0, 200);
        assertEquals(10, scale.min(), 1e-12, "1000 is a power of ten: the domain ends on it, not a decade above");
        assertEquals(100, scale.position(100), 1e-9);
        assertEquals(0, scale.position(10), 1e-9);
    }

    @Test
    void aLongDecadeLabelsTwoAndFive() {
        LogScale scale = LogScale.decades(3, 8, 0, 300);
        assertEquals(List.of("1", "2", "5", "10"), labels(scale));
    }

    @Test
    void crowdedDecadesAreLabelledEverySecondOne() {
        LogScale scale = LogScale.decades(0.01, 1e9, 0, 300); // 11 decades, 27 units each
        assertEquals(List.of("0.01", "1", "100", "10k", "1M", "100M"), labels(scale));
        assertTrue(scale.ticks().stream().allMatch(Tick::major), "no room for minor ticks");
    }

    @Test
    void logAxisRefusesWhatItCannotPlace() {
        assertThrows(IllegalArgumentException.class, () -> LogScale.decades(0, 10, 0, 100));
        LogScale scale = LogScale.decades(1, 10, 0, 100);
        assertTrue(!scale.accepts(0) && !scale.accepts(-1) && !scale.accepts(Double.NaN) && scale.accepts(5));
    }
}
