package io.tenflowers.bench.report.chart;

import java.util.Locale;

/** Element ids and CSS class names made from caller text. */
final class Ids {
    private Ids() {
    }

    /**
     * @param text any text, e.g. {@code "Throughput: add[size=1000]"}
     * @return lower case {@code [a-z0-9-]} with runs of anything else turned into one {@code -} and
     *         no {@code -} at either end ({@code "throughput-add-size-1000"}); {@code "chart"} if
     *         nothing is left
     */
    static String safe(String text) {
        String safe = token(text);
        return safe.isEmpty() ? "chart" : safe;
    }

    /**
     * @param text     a caller's class name, e.g. a verdict
     * @param fallback the class when {@code text} has nothing usable
     * @return one CSS class token made like {@link #safe(String)}
     */
    static String cssClass(String text, String fallback) {
        String safe = token(text);
        return safe.isEmpty() ? fallback : safe;
    }

    private static String token(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-");
        return lower.replaceAll("^-+|-+$", "");
    }
}
