package io.tenflowers.autograd.bench;

import java.util.Locale;

/**
 * Deliberate extra work in a benchmark's body, to measure how reliably a regression gate catches a
 * real slowdown (its power): {@code -Dtenflowers.bench.slowdown=relu=0.15,neural_network=0.25} makes
 * {@code relu} do 15 % more of its own work on average, {@code neural_network} 25 %. The extra work
 * is the benchmark's body run again — real work, never a rescaled number — spread evenly: each
 * invocation adds the fraction to a debt and runs the body once more for every whole unit of it.
 * Without the property nothing changes (one branch on a final field per invocation).
 */
final class Slowdown {
    /** The system property, read once per benchmark set-up. */
    static final String PROPERTY = "tenflowers.bench.slowdown";

    private final double fraction;
    private double debt;

    private Slowdown(double fraction) {
        this.fraction = fraction;
    }

    /**
     * @param benchmark the benchmark's method name, e.g. {@code relu}
     * @return its slowdown from {@link #PROPERTY}, none if not named
     * @throws IllegalArgumentException if the property is malformed (a benchmark must not run with
     *                                  another slowdown than the one asked for)
     */
    static Slowdown of(String benchmark) {
        return new Slowdown(fraction(System.getProperty(PROPERTY), benchmark));
    }

    static double fraction(String spec, String benchmark) {
        if (spec == null || spec.isBlank()) {
            return 0;
        }
        for (String entry : spec.split(",")) {
            String[] parts = entry.trim().split("=");
            if (parts.length != 2) {
                throw new IllegalArgumentException(PROPERTY + " entry '" + entry + "' is not name=fraction, e.g. "
                        + "relu=0.15");
            }
            if (parts[0].trim().equals(benchmark)) {
                double value = Double.parseDouble(parts[1].trim());
                if (!(value >= 0 && value <= 10)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "%s: the fraction of %s must be between 0 and 10, got %s", PROPERTY, benchmark, value));
                }
                return value;
            }
        }
        return 0;
    }

    /** @return how many extra runs of the body this invocation makes (0 without a slowdown) */
    int extraRuns() {
        if (fraction == 0) {
            return 0;
        }
        debt += fraction;
        int runs = (int) debt;
        debt -= runs;
        return runs;
    }
}
