package io.tenflowers.bench.stats;

import io.tenflowers.bench.stats.ChangePoints.Segment;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Change points on seeded series of per-run medians: level 100, Gaussian noise with a coefficient of
 * variation of 5 % (what run-to-run medians of a JIT-compiled benchmark look like on a quiet machine).
 */
class ChangePointsTest {
    private static final double CV = 0.05;

    private static double[] flat(int n, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 100 * (1 + CV * random.nextGaussian());
        }
        return values;
    }

    /** @return the values with everything from {@code at} on multiplied by {@code factor} */
    private static double[] step(double[] values, int at, double factor) {
        double[] stepped = values.clone();
        for (int i = at; i < stepped.length; i++) {
            stepped[i] *= factor;
        }
        return stepped;
    }

    private static boolean cutNear(List<Segment> segments, int index) {
        return segments.stream().skip(1).anyMatch(s -> Math.abs(s.from() - index) <= 1);
    }

    @Test
    void aTwentyPercentStepIsFoundAtItsIndex() {
        List<Segment> segments = ChangePoints.detect(step(flat(40, 1), 20, 1.2));
        assertEquals(2, segments.size(), segments::toString);
        assertEquals(20, segments.get(1).from(), 1, segments::toString);
        assertEquals(100, segments.get(0).level(), 5);
        assertEquals(120, segments.get(1).level(), 6);
        // Over many seeds (measured: 992 of 1000 exactly one cut within ±1 of index 20).
        int found = 0;
        for (long seed = 0; seed < 200; seed++) {
            List<Segment> s = ChangePoints.detect(step(flat(40, seed), 20, 1.2));
            found += s.size() == 2 && cutNear(s, 20) ? 1 : 0;
        }
        assertTrue(found >= 194, "found in " + found + " of 200 seeds");
    }

    @Test
    void aSingleSpikeIsNoChangePoint() {
        double[] values = flat(40, 7);
        values[25] *= 3; // a run three times as fast: a one-off (another load, a lucky JIT)
        values[39] *= 3; // and the newest run too, where one cut would isolate it
        assertEquals(List.of(new Segment(0, 39, ChangeEstimate.median(values))), ChangePoints.detect(values));
    }

    @Test
    void theSpikeTestCatchesADetectorWithoutMinimumLength() {
        // The checker: the same spike, with segments of one value allowed, is a "step" — so the test
        // above would fail a detector that forgot the minimum length.
        double[] values = flat(40, 7);
        values[25] *= 3;
        List<Segment> wrong = ChangePoints.detect(values, 1, ChangePoints.DEFAULT_PENALTY_FACTOR);
        assertTrue(wrong.contains(new Segment(25, 25, values[25])), wrong::toString);
    }

    @Test
    void flatNoisySeriesRarelyShowAStep() {
        // Measured: 0 false steps in 1000 seeds at n = 40 (7 at n = 20, 34 at n = 10, where both the
        // noise estimate and the series are short); the test allows 1 in 100.
        int falseSteps = 0;
        for (long seed = 0; seed < 100; seed++) {
            falseSteps += ChangePoints.detect(flat(40, seed)).size() > 1 ? 1 : 0;
        }
        assertTrue(falseSteps <= 1, falseSteps + " false steps in 100 flat series");
    }

    @Test
    void twoStepsAreBothFound() {
        double[] values = step(step(flat(45, 3), 15, 1.2), 30, 0.8);
        List<Segment> segments = ChangePoints.detect(values);
        assertEquals(3, segments.size(), segments::toString);
        assertTrue(cutNear(segments, 15) && cutNear(segments, 30), segments::toString);
        // measured: 981 of 1000 seeds give exactly these two cuts (±1)
        int found = 0;
        for (long seed = 0; seed < 100; seed++) {
            List<Segment> s = ChangePoints.detect(step(step(flat(45, seed), 15, 1.2), 30, 0.8));
            found += s.size() == 3 && cutNear(s, 15) && cutNear(s, 30) ? 1 : 0;
        }
        assertTrue(found >= 95, "both found in " + found + " of 100 seeds");
    }

    @Test
    void theSegmentationIsScaleFree() {
        for (long seed = 0; seed < 50; seed++) {
            double[] values = step(flat(40, seed), 10 + (int) (seed % 20), 1.1);
            double[] scaled = Arrays.stream(values).map(v -> v * 1000).toArray();
            List<Segment> plain = ChangePoints.detect(values);
            List<Segment> large = ChangePoints.detect(scaled);
            assertEquals(plain.size(), large.size(), "seed " + seed);
            for (int i = 0; i < plain.size(); i++) {
                assertEquals(plain.get(i).from(), large.get(i).from(), "seed " + seed);
                assertEquals(plain.get(i).to(), large.get(i).to(), "seed " + seed);
                assertEquals(plain.get(i).level() * 1000, large.get(i).level(), 1e-9 * large.get(i).level());
            }
        }
    }

    @Test
    void segmentsCoverTheSeriesInOrderAndAreNeverShorterThanTheMinimum() {
        for (int minLength = 1; minLength <= 5; minLength++) {
            for (long seed = 0; seed < 20; seed++) {
                double[] values = step(step(flat(30, seed), 8, 1.3), 17, 0.7);
                List<Segment> segments = ChangePoints.detect(values, minLength, 1.0);
                int next = 0;
                for (Segment s : segments) {
                    assertEquals(next, s.from());
                    assertTrue(s.length() >= minLength, segments::toString);
                    assertEquals(ChangeEstimate.median(Arrays.copyOfRange(values, s.from(), s.to() + 1)), s.level());
                    next = s.to() + 1;
                }
                assertEquals(values.length, next);
            }
        }
    }

    @Test
    void theDynamicProgramFindsTheLeastPenalisedCut() {
        // Every segmentation of up to 12 values, enumerated: the detector's is never beaten.
        for (int n = 2; n <= 12; n++) {
            for (int minLength = 1; minLength <= 3; minLength++) {
                for (long seed = 0; seed < 5; seed++) {
                    double[] values = step(flat(n, seed * 31 + n), n / 2, 1.15);
                    if (n < 2 * minLength) {
                        continue;
                    }
                    double penalty = 0.5 * ChangePoints.noise(values) * Math.log(n);
                    List<Segment> found = ChangePoints.detect(values, minLength, 0.5);
                    double best = bruteForce(values, minLength, penalty, 0);
                    assertEquals(best, objective(values, found, penalty), 1e-9, "n=" + n + " m=" + minLength);
                }
            }
        }
    }

    @Test
    void aSeriesOfOneRepeatedValueIsOneSegment() {
        double[] values = new double[12];
        java.util.Arrays.fill(values, 400_040.0 / 3); // not exact in binary: segment costs round
        assertEquals(1, ChangePoints.detect(values).size());
    }

    @Test
    void shortSeriesAreOneSegmentAndBadInputIsRefused() {
        assertEquals(List.of(), ChangePoints.detect(new double[0]));
        assertEquals(List.of(new Segment(0, 4, 3)), ChangePoints.detect(new double[]{1, 2, 3, 100, 200}));
        assertEquals(List.of(new Segment(0, 5, 1)), ChangePoints.detect(new double[]{1, 1, 1, 1, 1, 1}));
        // Exact repeats make the MAD 0; the mean difference keeps a penalty, and a clean step is found.
        assertEquals(List.of(new Segment(0, 3, 1), new Segment(4, 7, 2)),
                ChangePoints.detect(new double[]{1, 1, 1, 1, 2, 2, 2, 2}));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> ChangePoints.detect(new double[]{1, Double.NaN, 3}));
        assertEquals("values[1] is NaN: every value must be finite", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChangePoints.detect(new double[]{1, 2}, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ChangePoints.detect(new double[]{1, 2}, 3, -1));
    }

    private static double objective(double[] values, List<Segment> segments, double penalty) {
        double total = penalty * (segments.size() - 1);
        for (Segment s : segments) {
            total += cost(values, s.from(), s.to());
        }
        return total;
    }

    private static double cost(double[] values, int from, int to) {
        double median = ChangeEstimate.median(Arrays.copyOfRange(values, from, to + 1));
        double sum = 0;
        for (int i = from; i <= to; i++) {
            sum += Math.abs(values[i] - median);
        }
        return sum;
    }

    /** @return the least penalised cost of cutting values[from..] into segments of minLength or more */
    private static double bruteForce(double[] values, int minLength, double penalty, int from) {
        if (from == values.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int to = from + minLength - 1; to < values.length; to++) {
            double rest = bruteForce(values, minLength, penalty, to + 1);
            double total = cost(values, from, to) + rest + (to + 1 < values.length ? penalty : 0);
            best = Math.min(best, total);
        }
        return best;
    }
}
