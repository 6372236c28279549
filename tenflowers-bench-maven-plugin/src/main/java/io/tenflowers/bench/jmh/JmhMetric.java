package io.tenflowers.bench.jmh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One metric of one JMH result (the primary score or a secondary one such as
 * {@code gc.alloc.rate.norm}).
 *
 * @param score   JMH's score (the mean over all samples), null where JMH gave NaN
 * @param error   half-width of JMH's 99.9 % confidence interval, null where JMH gave NaN
 *                (fewer than 3 samples)
 * @param unit    the score unit
 * @param samples the raw samples, {@code samples[fork][iteration]}; a sample is null where JMH gave
 *                NaN, or (read from its log) only an order of magnitude such as {@code ≈ 10⁻⁵}
 */
public record JmhMetric(Double score, Double error, String unit, List<List<Double>> samples) {
    public JmhMetric {
        samples = samples == null ? List.of()
                : samples.stream().map(fork -> Collections.unmodifiableList(new ArrayList<>(fork))).toList();
    }
}
