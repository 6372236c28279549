package io.tenflowers.bench.report.chart;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Number formatting, label truncation and safe ids. */
class FormattingTest {
    @Test
    void compactLabelsUseMetricSuffixes() {
        assertEquals("1k", Numbers.compact(1000, 3));
        assertEquals("2.5M", Numbers.compact(2_500_000, 3));
        assertEquals("41.3k", Numbers.compact(41_300, 3));
        assertEquals("1M", Numbers.compact(999_999, 3), "rounding may carry into the next suffix");
        assertEquals("212", Numbers.compact(212, 3));
        assertEquals("0.1", Numbers.compact(0.1, 3));
        assertEquals("2.5e-4", Numbers.compact(0.00025, 3));
        assertEquals("−1.5k", Numbers.compact(-1500, 3));
        assertEquals("0", Numbers.compact(0, 3));
    }

    @Test
    void coordinatesHaveOneDecimalInEveryLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("12.3", Numbers.coord(12.345));
            assertEquals("0.0", Numbers.coord(-0.04), "never -0.0");
            assertEquals("+12.3 %", Numbers.percent(0.1234, 1));
        } finally {
            Locale.setDefault(original);
        }
        assertThrows(IllegalArgumentException.class, () -> Numbers.coord(Double.NaN));
    }

    @Test
    void percentagesAreSignedAndZeroIsUnsigned() {
        assertEquals("−5 %", Numbers.percent(-0.05, 0));
        assertEquals("0.0 %", Numbers.percent(-0.0001, 1));
        assertEquals("+12 %", Numbers.step(0.12));
        assertEquals("+3.4 %", Numbers.step(0.034));
        assertEquals("−10 %", Numbers.step(-0.102));
        assertEquals("−2.93", Numbers.exponent(-2.931));
        assertEquals("1.00", Numbers.exponent(0.999));
    }

    @Test
    void longLabelsAreCutWithAnEllipsis() {
        // 0.6 em per character at 10 units: 6 units each; 100 units hold 16, one of them the ellipsis;
        // of the other 15, 6 from the start and 9 from the end.
        assertEquals("Reduct…e=100000]", Labels.truncate("ReductionBench.sumAll[size=100000]", 100, 10));
        assertEquals("add[size=1000]", Labels.truncate("add[size=1000]", 100, 10));
        assertTrue(Labels.isTooLong("ReductionBench.sumAll[size=100000]", 100, 10));
        assertFalse(Labels.isTooLong("add[size=1000]", 100, 10));
    }

    @Test
    void idsAreLowerCaseLettersDigitsAndHyphens() {
        assertEquals("throughput-add-size-1000", Ids.safe("Throughput: add[size=1000]"));
        assertEquals("script-alert-1-script", Ids.safe("<script>alert(1)</script>"));
        assertEquals("chart", Ids.safe("  ::  "));
        assertEquals("chart", Ids.safe(null));
        assertEquals("not-judged", Ids.cssClass("Not Judged", "x"));
        assertEquals("bar", Ids.cssClass(null, "bar"));
    }
}
