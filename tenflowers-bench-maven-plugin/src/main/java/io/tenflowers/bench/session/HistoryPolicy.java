package io.tenflowers.bench.session;

import io.tenflowers.bench.options.Preset;
import io.tenflowers.bench.options.RunLength;

/**
 * Which runs become points of the history that trend charts and change-point detection read: every
 * run except a smoke run. A smoke run (one 100 ms warm-up) proves that the benchmarks run; its
 * numbers are taken before the JIT has compiled the hot code (a vector kernel can read a thousand
 * times slower than when warm), so a trend point from it would only be noise, or a false alarm.
 */
public final class HistoryPolicy {
    private HistoryPolicy() {
    }

    /**
     * @param runLength the run's settings
     * @return whether its results are measurements worth a trend point
     */
    public static boolean isMeasurement(RunLength runLength) {
        return runLength.preset() != Preset.SMOKE;
    }
}
