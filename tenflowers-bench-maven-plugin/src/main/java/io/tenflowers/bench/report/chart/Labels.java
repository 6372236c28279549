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
     * Shortens a label to fit, cutting from the middle: benchmark labels share their beginnings
     * (class names) and differ at their ends (methods, parameters), so both ends stay:
     * {@code TrainingStepB…[batch=256,hidden=1024]}. Two fifths of what fits come from the start,
     * the rest from the end.
     *
     * @return {@code text} if it fits in {@code maxWidth}, else its start and end around "…" (the
     *         full text belongs in a tooltip)
     */
    static String truncate(String text, double maxWidth, double fontSize) {
        if (width(text, fontSize) <= maxWidth) {
            return text;
        }
        int length = text.codePointCount(0, text.length());
        int kept = Math.max(2, (int) Math.floor(maxWidth / (EM_PER_CHAR * fontSize)) - 1);
        int head = kept * 2 / 5;
        int tail = kept - head;
        String start = text.substring(0, text.offsetByCodePoints(0, head));
        String end = text.substring(text.offsetByCodePoints(0, length - tail));
        return start.stripTrailing() + ELLIPSIS + end.stripLeading();
    }

    /** @return whether {@link #truncate} would shorten {@code text} */
    static boolean isTooLong(String text, double maxWidth, double fontSize) {
        return width(text, fontSize) > maxWidth;
    }
}
