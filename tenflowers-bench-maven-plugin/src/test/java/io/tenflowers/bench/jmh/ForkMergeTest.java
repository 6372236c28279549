package io.tenflowers.bench.jmh;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkMergeTest {
    private static JmhRecord fork(Map<String, String> params, List<Double> samples, Map<String, JmhMetric> secondary) {
        return new JmhRecord("a.B.c", "thrpt", params, new JmhMetric(0.0, null, "ops/s", List.of(samples)), secondary,
                "1.37", "java", List.of(), "17", "vm", "17+1", 1, 2, samples.size(), "250ms");
    }

    @Test
    void forksAreJoinedInOrderWithJmhsScoreAndError() {
        JmhMetric alloc1 = new JmhMetric(10.0, null, "B/op", List.of(List.of(10.0, 10.0)));
        JmhMetric alloc2 = new JmhMetric(12.0, null, "B/op", List.of(List.of(12.0, 12.0)));
        JmhRecord merged = ForkMerge.merge(List.of(
                fork(Map.of("size", "10"), List.of(1.0, 2.0), Map.of("gc.alloc.rate.norm", alloc1)),
                fork(Map.of("size", "10"), List.of(3.0, 4.0), Map.of("gc.alloc.rate.norm", alloc2))));
        assertEquals(2, merged.forks());
        assertEquals(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)), merged.primary().samples());
        assertEquals(2.5, merged.primary().score(), 1e-12);
        // JMH: t(0.9995, n − 1) · s / √n over all samples; s = 1.29099…, t(0.9995, 3) = 12.9240…
        assertEquals(12.923978636 * 1.290994449 / 2, merged.primary().error(), 1e-6);
        assertEquals(11.0, merged.secondary().get("gc.alloc.rate.norm").score(), 1e-12);
        assertEquals(2, merged.secondary().get("gc.alloc.rate.norm").samples().size());
    }

    @Test
    void aMetricOneForkLacksIsLeftOutRatherThanMisaligned() {
        JmhMetric alloc = new JmhMetric(10.0, null, "B/op", List.of(List.of(10.0)));
        JmhRecord merged = ForkMerge.merge(List.of(fork(Map.of(), List.of(1.0), Map.of("gc.alloc.rate.norm", alloc)),
                fork(Map.of(), List.of(2.0), Map.of())));
        assertFalse(merged.secondary().containsKey("gc.alloc.rate.norm"));
        assertTrue(merged.primary().error() == null, "two samples: JMH gives no error either");
    }

    @Test
    void differentBenchmarksOrParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ForkMerge.merge(List.of(
                fork(Map.of("size", "10"), List.of(1.0), Map.of()), fork(Map.of("size", "20"), List.of(1.0), Map.of()))));
        assertThrows(IllegalArgumentException.class, () -> ForkMerge.merge(List.of()));
    }
}
