package io.tenflowers.bench.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Number formatting for charts, all with {@link Locale#ROOT} so a chart reads the same under every
 * default locale. Negative numbers use the minus sign U+2212 (−), which reads better than a hyphen
 * next to digits.
 */
final class Numbers {
    static final String MINUS = "\u2212";
    private static final String[] SUFFIXES = {"", "k", "M", "G", "T", "P"};

    private Numbers() {
    }

    /** @return {@code value} with one decimal ({@code "12.3"}), never {@code "-0.0"}: an SVG coordinate */
    static String coord(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A coordinate must be finite, got " + value);
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.equals("-0.0") ? "0.0" : text;
    }

    /**
     * A short label with {@code significant} significant digits and a metric suffix from 1000 up:
     * 1000 → {@code 1k}, 2 500 000 → {@code 2.5M}, 0.1 → {@code 0.1}, 0.00025 → {@code 2.5e-4}.
     */
    static String compact(double value, int significant) {
        if (value == 0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : (value > 0 ? "∞" : MINUS + "∞");
        }
        String sign = value < 0 ? MINUS : "";
        BigDecimal magnitude = new BigDecimal(Math.abs(value)).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        if (magnitude.compareTo(BigDecimal.valueOf(1, 3)) < 0) {
            return sign + scientific(magnitude);
        }
        int group = 0;
        while (group < SUFFIXES.length - 1 && magnitude.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            magnitude = magnitude.movePointLeft(3);
            group++;
        }
        return sign + plain(magnitude) + SUFFIXES[group];
    }

    /**
     * A tick label of a linear axis whose ticks are {@code step} apart: one metric suffix for the
     * whole axis, from its largest magnitude (ticks 950 … 1150 read 0.95k … 1.15k, not 950 beside
     * 1.1k), and enough decimals to tell neighbours apart (ticks 0.05 apart get two).
     *
     * @param largest the largest |value| on the axis
     */
    static String tick(double value, double step, double largest) {
        if (Math.abs(value) < step * 1e-9) {
            return "0";
        }
        int group = 0;
        double divisor = 1;
        while (group < SUFFIXES.length - 1 && largest / divisor >= 1000 - 1e-9 * largest / divisor) {
            divisor *= 1000;
            group++;
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step / divisor) + 1e-9));
        BigDecimal rounded = new BigDecimal(Math.abs(value) / divisor).setScale(decimals, RoundingMode.HALF_EVEN);
        return (value < 0 ? MINUS : "") + plain(rounded) + SUFFIXES[group];
    }

    /**
     * A relative change as a signed percentage: 0.1234 → {@code +12.3 %}, −0.05 → {@code −5.0 %}.
     *
     * @param decimals digits after the decimal point
     */
    static String percent(double change, int decimals) {
        double percent = change * 100;
        String digits = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(percent));
        boolean zero = new BigDecimal(digits).signum() == 0;
        String sign = zero ? "" : percent < 0 ? MINUS : "+";
        return sign + digits + " %";
    }

    /** A step between levels, as a trend chart labels it: {@code +12 %}, {@code −3.4 %} (one decimal under 10 %). */
    static String step(double change) {
        return percent(change, Math.abs(change) >= 0.095 ? 0 : 1);
    }

    /** An exponent as a legend shows it: two decimals, {@code −1.02}. */
    static String exponent(double value) {
        String digits = String.format(Locale.ROOT, "%.2f", Math.abs(value));
        return (value < 0 && new BigDecimal(digits).signum() != 0 ? MINUS : "") + digits;
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String scientific(BigDecimal magnitude) {
        int exponent = magnitude.precision() - magnitude.scale() - 1;
        BigDecimal mantissa = magnitude.movePointRight(-exponent);
        return plain(mantissa) + "e" + (exponent < 0 ? "-" : "") + Math.abs(exponent);
    }
}
