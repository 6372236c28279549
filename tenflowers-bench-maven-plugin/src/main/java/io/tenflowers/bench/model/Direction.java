package io.tenflowers.bench.model;

import java.util.Locale;

/**
 * Which way is better for a metric, taken from its unit, never from a benchmark's name:
 * {@code ops/…} is a throughput, higher is better; {@code …/op} (time or bytes per
 * operation, {@code B/op}) is a cost, lower is better. Any other unit ({@code MB/sec} of
 * allocation rate, {@code counts}, {@code ms} of GC time) is informational and never gates.
 */
public enum Direction {
    HIGHER_IS_BETTER("higher"),
    LOWER_IS_BETTER("lower"),
    INFORMATIONAL("none");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    /** @return the name written in {@code results.json}: {@code higher}, {@code lower}, {@code none} */
    public String id() {
        return id;
    }

    /**
     * @param unit a JMH score unit, e.g. {@code ops/s}, {@code us/op}, {@code B/op}
     * @return its direction
     */
    public static Direction ofUnit(String unit) {
        if (unit == null) {
            return INFORMATIONAL;
        }
        String normalized = unit.trim().toLowerCase(Locale.ROOT);
        if (normalized.startsWith("ops/")) {
            return HIGHER_IS_BETTER;
        }
        if (normalized.endsWith("/op")) {
            return LOWER_IS_BETTER;
        }
        return INFORMATIONAL;
    }
}
