package io.tenflowers.bench.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JMH's time notation, read in one place: iteration lengths ({@code 500ms}, {@code 1 s}, as
 * {@code -w}/{@code -r} and the log's {@code 5 iterations, 1 s each} write them) and the time part of
 * score units ({@code ops/ms}, {@code us/op}). The units are those of JMH's own
 * {@code TimeValue.fromString} and {@code TimeUnit} abbreviations: {@code ns}, {@code us} (also
 * {@code μs}/{@code µs}), {@code ms}, {@code s}, {@code m}/{@code min}, {@code hr}/{@code h},
 * {@code day}. An unknown unit is an error, never a guess.
 */
public final class JmhTime {
    private static final Pattern VALUE = Pattern.compile("^\\s*(\\d+)\\s*([^\\s\\d]+)\\s*$");
    private static final Map<String, Duration> UNITS = Map.ofEntries(
            Map.entry("ns", Duration.ofNanos(1)), Map.entry("us", Duration.ofNanos(1_000)),
            Map.entry("μs", Duration.ofNanos(1_000)), Map.entry("µs", Duration.ofNanos(1_000)),
            Map.entry("ms", Duration.ofMillis(1)), Map.entry("s", Duration.ofSeconds(1)),
            Map.entry("m", Duration.ofMinutes(1)), Map.entry("min", Duration.ofMinutes(1)),
            Map.entry("h", Duration.ofHours(1)), Map.entry("hr", Duration.ofHours(1)),
            Map.entry("day", Duration.ofDays(1)));
    /** For messages: the units, as a user would write them. */
    public static final String ALLOWED_UNITS = "ns, us, ms, s, m (or min), hr, day";

    private JmhTime() {
    }

    /**
     * @param text a whole number and a unit, with or without a space: {@code 500ms}, {@code 1 s}
     * @return the duration
     * @throws IllegalArgumentException naming the text and the allowed units, if it is not one
     */
    public static Duration parse(String text) {
        Matcher matcher = text == null ? null : VALUE.matcher(text);
        Duration unit = matcher != null && matcher.matches() ? UNITS.get(matcher.group(2).toLowerCase(Locale.ROOT))
                : null;
        if (unit == null) {
            throw new IllegalArgumentException("'" + text + "' is not a JMH time: write a whole number and a unit ("
                    + ALLOWED_UNITS + "), e.g. 500ms or 2s.");
        }
        return unit.multipliedBy(Long.parseLong(matcher.group(1)));
    }

    /**
     * @param unit a time unit alone, as in {@code ops/ms}: {@code ms}
     * @return its length in seconds; empty for anything that is not a time unit
     */
    public static Optional<Double> seconds(String unit) {
        Duration duration = unit == null ? null : UNITS.get(unit.trim().toLowerCase(Locale.ROOT));
        return duration == null ? Optional.empty() : Optional.of(duration.toNanos() / 1e9);
    }
}
