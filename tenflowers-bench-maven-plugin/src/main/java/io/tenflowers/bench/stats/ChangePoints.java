package io.tenflowers.bench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Level shifts ("steps") in a series of per-run values in time order, e.g. the median throughput of
 * each stored run: advisory marks for a trend chart, never a verdict (the gate judges runs).
 *
 * <p><b>Model.</b> The series {@code y_0 … y_{n−1}} is cut into consecutive segments
 * {@code S_1 … S_k}; the chosen cut minimises the penalised L1 cost (a Potts functional, as asv's
 * {@code step_detect} uses, after Friedrich et al. 2008)
 * <pre>  Σ_r Σ_{i ∈ S_r} |y_i − median(S_r)|  +  γ · (k − 1)</pre>
 * subject to every segment holding at least {@code m} values (the minimum segment length, 3 by
 * default), so that one spike, or two, can never be a segment of its own. The L1 cost and the
 * median keep an outlier inside a segment from pulling its level. The minimum is exact: dynamic
 * programming over the last cut, {@code O(n² log n)} time, fine for the few hundred runs a history
 * holds.
 *
 * <p><b>Penalty.</b> {@code γ = β · σ̂ · ln n}, with {@code β} the penalty factor and {@code σ̂} the
 * series' own noise, robustly: the successive differences {@code d_i = y_{i+1} − y_i} of a flat
 * series have standard deviation {@code √2·σ}, and a step spoils only one of them, so
 * <pre>  σ̂ = 1.4826 · median_i |d_i − median(d)| / √2</pre>
 * (1.4826 turns a median absolute deviation into a normal standard deviation). Where half the
 * differences are equal (exactly repeated values) that is 0 and {@code σ̂ = mean |d_i| / √2}
 * takes its place. Cost and penalty both scale with the data, so multiplying the series by any
 * positive constant gives the same segments: the detector is scale-free. {@code ln n} is the
 * Schwarz (BIC) growth: more runs offer more places for noise to look like a step.
 *
 * <p><b>Calibration</b> (seeded Gaussian series, CV 5 %; {@code ChangePointsTest} checks the first
 * two): with {@code β = }{@value #DEFAULT_PENALTY_FACTOR}, flat series show a false step in 0 of 1000
 * seeds at 40 runs, 7 at 20 runs and 34 at 10 runs (short series give a rougher {@code σ̂}); a 20 %
 * step (4 σ) in the middle of 40 runs is found within one index in 992 of 1000 seeds. A step in the
 * last few runs is found less often (20 % over the newest 6 of 40: 188 of 200; newest 3: 57 of 200)
 * and shows once a few more runs confirm it: smaller {@code β} finds it sooner at the price of false
 * steps ({@code β = 2}: 13 of 1000 flat series of 40).
 */
public final class ChangePoints {
    /** Shortest segment by default: a single outlier (or two) is never a change point. */
    public static final int DEFAULT_MIN_SEGMENT_LENGTH = 3;
    /** Default {@code β} in {@code γ = β · σ̂ · ln n}. */
    public static final double DEFAULT_PENALTY_FACTOR = 3.0;

    /** Turns a median absolute deviation into the standard deviation of a normal distribution. */
    private static final double MAD_TO_SIGMA = 1.4826;

    private ChangePoints() {
    }

    /**
     * A run of values at one level.
     *
     * @param from  first index into the values, inclusive
     * @param to    last index into the values, inclusive
     * @param level the segment's median (the mean of the two middle values for an even length)
     */
    public record Segment(int from, int to, double level) {
        /** @return how many values the segment holds */
        public int length() {
            return to - from + 1;
        }
    }

    /**
     * Segments with the default minimum length ({@value #DEFAULT_MIN_SEGMENT_LENGTH}) and penalty factor
     * ({@value #DEFAULT_PENALTY_FACTOR}).
     *
     * @param values per-run values in time order, all finite (not modified)
     * @return segments covering {@code 0 … n−1} in order; one segment when no step is found; empty for no values
     */
    public static List<Segment> detect(double[] values) {
        return detect(values, DEFAULT_MIN_SEGMENT_LENGTH, DEFAULT_PENALTY_FACTOR);
    }

    /**
     * @param values           per-run values in time order, all finite (not modified)
     * @param minSegmentLength the fewest values a segment holds, ≥ 1; fewer than twice as many values
     *                         give one segment
     * @param penaltyFactor    {@code β ≥ 0} in {@code γ = β · σ̂ · ln n}; larger finds fewer steps
     * @return segments covering {@code 0 … n−1} in order; one segment when no step is found; empty for no values
     * @throws IllegalArgumentException for a non-finite value or an argument out of range
     */
    public static List<Segment> detect(double[] values, int minSegmentLength, double penaltyFactor) {
        if (minSegmentLength < 1) {
            throw new IllegalArgumentException("minSegmentLength must be ≥ 1, got " + minSegmentLength);
        }
        if (!(penaltyFactor >= 0) || Double.isInfinite(penaltyFactor)) {
            throw new IllegalArgumentException("penaltyFactor must be a finite number ≥ 0, got " + penaltyFactor);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values[" + i + "] is " + values[i] + ": every value must be finite");
            }
        }
        int n = values.length;
        if (n == 0) {
            return List.of();
        }
        if (n < 2 * minSegmentLength) {
            return List.of(segment(values, 0, n - 1));
        }
        double noise = noise(values);
        if (noise == 0) {
            // Every value is the same: no step. (Rounding in the segment costs could otherwise cut it.)
            return List.of(segment(values, 0, n - 1));
        }
        double penalty = penaltyFactor * noise * Math.log(n);
        return segments(values, lastCuts(values, minSegmentLength, penalty));
    }

    /**
     * The series' noise {@code σ̂} as the class comment defines it.
     *
     * @param values at least 2 values
     * @return the robust standard deviation of one value around its level
     */
    static double noise(double[] values) {
        double[] differences = new double[values.length - 1];
        for (int i = 0; i < differences.length; i++) {
            differences[i] = values[i + 1] - values[i];
        }
        double centre = ChangeEstimate.median(differences);
        double[] deviations = new double[differences.length];
        double meanAbsolute = 0;
        for (int i = 0; i < differences.length; i++) {
            deviations[i] = Math.abs(differences[i] - centre);
            meanAbsolute += Math.abs(differences[i]) / differences.length;
        }
        double mad = ChangeEstimate.median(deviations);
        // Exactly repeated values make the MAD 0; a zero penalty would then accept any cut.
        return (mad > 0 ? MAD_TO_SIGMA * mad : meanAbsolute) / Math.sqrt(2);
    }

    /**
     * Dynamic programming over the last segment: {@code best[j]} is the least penalised cost of
     * {@code y_0 … y_{j−1}}, {@code best[j] = min_i best[i] + cost(i, j−1) + γ} over cuts {@code i}
     * that leave the last segment {@code m} values or more ({@code best[0] = −γ}, so that γ is paid
     * per cut, not per segment).
     *
     * @return {@code start[j]}: where the last segment of the best cut of the first {@code j} values starts
     */
    private static int[] lastCuts(double[] values, int minLength, double penalty) {
        int n = values.length;
        double[] best = new double[n + 1];
        int[] start = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = -penalty;
        for (int i = 0; i + minLength <= n; i++) {
            if (best[i] == Double.POSITIVE_INFINITY) {
                continue; // the first i values cannot be cut into segments of minLength or more
            }
            RunningAbsoluteDeviation segment = new RunningAbsoluteDeviation();
            for (int j = i; j < n; j++) {
                segment.add(values[j]);
                int end = j + 1;
                if (end - i >= minLength) {
                    double cost = best[i] + segment.cost() + penalty;
                    // Strictly less: among equal costs the earliest cut, found first, stays.
                    if (cost < best[end]) {
                        best[end] = cost;
                        start[end] = i;
                    }
                }
            }
        }
        return start;
    }

    private static List<Segment> segments(double[] values, int[] start) {
        List<Segment> segments = new ArrayList<>();
        for (int end = values.length; end > 0; end = start[end]) {
            segments.add(segment(values, start[end], end - 1));
        }
        Collections.reverse(segments);
        return List.copyOf(segments);
    }

    private static Segment segment(double[] values, int from, int to) {
        return new Segment(from, to, ChangeEstimate.median(Arrays.copyOfRange(values, from, to + 1)));
    }

    /**
     * {@code Σ |x − median|} of a growing set in {@code O(log n)} per value: the lower half in a
     * max-heap, the upper half in a min-heap, with their sums. For {@code 2h} values the cost is
     * {@code sum(upper) − sum(lower)}; for {@code 2h + 1}, where the lower half also holds the
     * median {@code M}, it is {@code sum(upper) − (sum(lower) − M)}.
     */
    private static final class RunningAbsoluteDeviation {
        private final PriorityQueue<Double> lower = new PriorityQueue<>(Collections.reverseOrder());
        private final PriorityQueue<Double> upper = new PriorityQueue<>();
        private double lowerSum;
        private double upperSum;

        void add(double value) {
            if (lower.isEmpty() || value <= lower.peek()) {
                lower.add(value);
                lowerSum += value;
            } else {
                upper.add(value);
                upperSum += value;
            }
            // Keep |lower| = |upper| or |upper| + 1, so that lower's top is the (lower) median.
            if (lower.size() > upper.size() + 1) {
                double moved = lower.poll();
                lowerSum -= moved;
                upper.add(moved);
                upperSum += moved;
            } else if (upper.size() > lower.size()) {
                double moved = upper.poll();
                upperSum -= moved;
                lower.add(moved);
                lowerSum += moved;
            }
        }

        double cost() {
            boolean odd = lower.size() > upper.size();
            // Rounding of the running sums can leave a tiny negative for equal values.
            return Math.max(0, upperSum - lowerSum + (odd ? lower.peek() : 0));
        }
    }
}
