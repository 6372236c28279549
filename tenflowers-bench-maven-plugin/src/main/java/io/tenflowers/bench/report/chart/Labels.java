package io.tenflowers.bench.report.chart;

/**
 * Text measurement without a font: an estimate that errs wide, so a label that "fits" does fit.
 * The average glyph of a proportional sans-serif font is about 0.55 em wide; we count 0.6 em.
 */
final class Labels {
    private static final double EM_PER_CHAR = 0.6;
    static final String ELLIPSIS = "…";

    private Labels() {
    }

    /** @return the estimated width of {@code text} at {@code fontSize} (user units) */
    static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * EM_PER_CHAR * fontSize;
    }

    /**
     * @return {@code text} if it fits in {@code maxWidth}, else its longest prefix that fits with
     *         "…" appended (the full text belongs in a tooltip)
     */
    static String truncate(String text, double maxWidth, double fontSize) {
        if (width(text, fontSize) <= maxWidth) {
            return text;
        }
        int fitting = Math.max(1, (int) Math.floor(maxWidth / (EM_PER_CHAR * fontSize)) - 1);
        int end = text.offsetByCodePoints(0, Math.min(fitting, text.codePointCount(0, text.length())));
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** @return whether {@link #truncate} would shorten {@code text} */
    static boolean isTooLong(String text, double maxWidth, double fontSize) {
        return width(text, fontSize) > maxWidth;
    }
}
