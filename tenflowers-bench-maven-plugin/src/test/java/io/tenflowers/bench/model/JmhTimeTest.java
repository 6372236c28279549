package io.tenflowers.bench.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JmhTimeTest {
    @Test
    void everyUnitJmhWrites() {
        assertEquals(Duration.ofNanos(5), JmhTime.parse("5ns"));
        assertEquals(Duration.ofNanos(7_000), JmhTime.parse("7us"));
        assertEquals(Duration.ofNanos(7_000), JmhTime.parse("7 μs"));
        assertEquals(Duration.ofMillis(100), JmhTime.parse("100ms"));
        assertEquals(Duration.ofSeconds(1), JmhTime.parse("1 s"));
        assertEquals(Duration.ofMinutes(2), JmhTime.parse("2 min"));
        assertEquals(Duration.ofMinutes(2), JmhTime.parse("2m"));
        assertEquals(Duration.ofHours(3), JmhTime.parse("3hr"));
        assertEquals(Duration.ofDays(1), JmhTime.parse("1day"));
    }

    @Test
    void anUnknownUnitIsAnErrorNotSeconds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JmhTime.parse("5 sec"));
        assertEquals("'5 sec' is not a JMH time: write a whole number and a unit (ns, us, ms, s, m (or min), hr, day),"
                + " e.g. 500ms or 2s.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JmhTime.parse("1.5s"));
        assertThrows(IllegalArgumentException.class, () -> JmhTime.parse("500"));
        assertThrows(IllegalArgumentException.class, () -> JmhTime.parse(null));
    }

    @Test
    void timeUnitsOfScores() {
        assertEquals(1e-3, JmhTime.seconds("ms").orElseThrow(), 1e-15);
        assertEquals(1.0, JmhTime.seconds("s").orElseThrow(), 0);
        assertTrue(JmhTime.seconds("op").isEmpty());
        assertTrue(JmhTime.seconds(null).isEmpty());
    }
}
