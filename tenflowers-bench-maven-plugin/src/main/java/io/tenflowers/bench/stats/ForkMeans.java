package io.tenflowers.bench.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Reduces JMH's {@code samples[fork][iteration]} to one value per fork, the mean of its measured
 * iterations: the independent units of every comparison (a fork's iterations share one JIT outcome).
 */
public final class ForkMeans {
    private ForkMeans() {
    }

    /**
     * @param samples {@code samples[fork][iteration]}; null values (JMH's NaN) are skipped, forks
     *                without any value dropped
     * @return one mean per fork that has values
     */
    public static double[] of(List<List<Double>> samples) {
        List<Double> means = new ArrayList<>();
        if (samples != null) {
            for (List<Double> fork : samples) {
                double sum = 0;
                int count = 0;
                for (Double value : fork == null ? List.<Double>of() : fork) {
                    if (value != null && Double.isFinite(value)) {
                        sum += value;
                        count++;
                    }
                }
                if (count > 0) {
                    means.add(sum / count);
                }
            }
        }
        return means.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
