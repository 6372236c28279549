package io.tenflowers.bench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How the report writes numbers: {@link Locale#ROOT} always (a page reads the same under a German
 * or a US default locale), five significant digits for measured values, one decimal for percentages.
 * Null (unknown) becomes the empty string, never "null".
 */
final class Formats {
    private Formats() {
    }

    /** @return at most 5 significant digits, thousands separated by a thin space; "" for null or NaN */
    static String number(Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        if (value.isInfinite()) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        String plain = new BigDecimal(value).round(new MathContext(5)).stripTrailingZeros().toPlainString();
        return groupThousands(plain).replace('-', '−');
    }

    private static String groupThousands(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        if (end - start <= 4) {
            return plain; // 1234 reads better than 1 234
        }
        StringBuilder grouped = new StringBuilder(plain.substring(0, start));
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                grouped.append('\u2009');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.append(plain.substring(end)).toString();
    }

    /** @return a fraction as a signed percentage with one decimal, e.g. {@code −23.4 %}; "" for null */
    static String signedPercent(Double fraction) {
        if (fraction == null || fraction.isNaN()) {
            return "";
        }
        String text = String.format(Locale.ROOT, "%+.1f %%", fraction * 100).replace('-', '−');
        return text.equals("+0.0 %") || text.equals("−0.0 %") ? "0.0 %" : text;
    }

    /** @return a fraction as a percentage with one decimal, no sign, e.g. {@code 10.0 %}; "" for null */
    static String percent(Double fraction) {
        return fraction == null || fraction.isNaN() ? "" : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** @return a p-value: two significant digits, {@code < 0.0001} below that */
    static String p(Double p) {
        if (p == null || p.isNaN()) {
            return "";
        }
        if (p < 1e-4) {
            return "< 0.0001";
        }
        return new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** @return an interval as {@code low … high} in the given formatter's words; "" when either is null */
    static String interval(String low, String high) {
        return low.isEmpty() || high.isEmpty() ? "" : low + " … " + high;
    }

    /** @return the first 7 characters of a commit id, or "" */
    static String shortCommit(String commit) {
        return commit == null ? "" : commit.substring(0, Math.min(7, commit.length()));
    }
}
