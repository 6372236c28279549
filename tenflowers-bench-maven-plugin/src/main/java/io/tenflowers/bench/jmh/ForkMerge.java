package io.tenflowers.bench.jmh;

import org.apache.commons.statistics.distribution.TDistribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Joins the records of single-fork JMH runs of one benchmark and parameter combination into the
 * record one JMH run with all those forks would have written: samples fork by fork in the order
 * given, score and error recomputed over every sample as JMH computes them (the mean, and the
 * half-width of its 99.9 % Student-t interval).
 */
public final class ForkMerge {
    /** JMH's confidence level for the error it reports. */
    private static final double JMH_CONFIDENCE = 0.999;

    private ForkMerge() {
    }

    /**
     * @param forks one record per fork run, in sitting order, all of the same benchmark and parameters
     * @return one record with {@code forks.size()} forks (their JMH settings taken from the first)
     * @throws IllegalArgumentException if the list is empty or mixes benchmarks or parameters
     */
    public static JmhRecord merge(List<JmhRecord> forks) {
        if (forks.isEmpty()) {
            throw new IllegalArgumentException("no fork to merge");
        }
        JmhRecord first = forks.get(0);
        for (JmhRecord fork : forks) {
            if (!fork.benchmark().equals(first.benchmark()) || !Objects.equals(fork.params(), first.params())) {
                throw new IllegalArgumentException("cannot merge " + fork.benchmark() + fork.params() + " into "
                        + first.benchmark() + first.params());
            }
        }
        JmhMetric primary = metric(forks.stream().map(JmhRecord::primary).toList());
        Map<String, JmhMetric> secondary = new LinkedHashMap<>();
        for (String name : first.secondary().keySet()) {
            List<JmhMetric> parts = new ArrayList<>();
            for (JmhRecord fork : forks) {
                JmhMetric metric = fork.secondary().get(name);
                if (metric != null) {
                    parts.add(metric);
                }
            }
            // A metric some fork lacks (a profiler that failed there) would misalign the forks: left out.
            if (parts.size() == forks.size()) {
                secondary.put(name, metric(parts));
            }
        }
        return new JmhRecord(first.benchmark(), first.mode(), first.params(), primary, secondary, first.jmhVersion(),
                first.jvm(), first.jvmArgs(), first.jdkVersion(), first.vmName(), first.vmVersion(),
                forks.stream().mapToInt(JmhRecord::forks).sum(), first.warmupIterations(),
                first.measurementIterations(), first.measurementTime());
    }

    private static JmhMetric metric(List<JmhMetric> parts) {
        List<List<Double>> samples = new ArrayList<>();
        parts.forEach(part -> samples.addAll(part.samples()));
        double sum = 0;
        int n = 0;
        for (List<Double> fork : samples) {
            for (Double value : fork) {
                if (value != null) {
                    sum += value;
                    n++;
                }
            }
        }
        Double score = n == 0 ? null : sum / n;
        Double error = null;
        if (n > 2) {
            double squares = 0;
            for (List<Double> fork : samples) {
                for (Double value : fork) {
                    if (value != null) {
                        squares += (value - score) * (value - score);
                    }
                }
            }
            double t = TDistribution.of(n - 1).inverseSurvivalProbability((1 - JMH_CONFIDENCE) / 2);
            error = t * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        }
        return new JmhMetric(score, error, parts.get(0).unit(), samples);
    }
}
