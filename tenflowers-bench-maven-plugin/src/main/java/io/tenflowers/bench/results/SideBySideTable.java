package io.tenflowers.bench.results;

import io.tenflowers.bench.model.BenchmarkId;
import io.tenflowers.bench.model.Direction;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.SideBySideDefinition;
import io.tenflowers.bench.stats.ChangeEstimate;
import io.tenflowers.bench.stats.ForkMeans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs each benchmark run with the side-by-side parameter's reference value with the same benchmark
 * and other parameters run with each other value, and says how many times faster the reference is.
 */
public final class SideBySideTable {
    private static final double CONFIDENCE = 0.95;

    private SideBySideTable() {
    }

    /**
     * @param definition the compared parameter and its reference value, or null
     * @param benchmarks the run's benchmarks
     * @return one entry per benchmark and other value with a score on both sides, in the run's order
     */
    public static List<ResultsDocument.SideBySide> of(SideBySideDefinition definition,
                                                      List<ResultsDocument.Benchmark> benchmarks) {
        if (definition == null) {
            return List.of();
        }
        Map<String, ResultsDocument.Benchmark> references = new LinkedHashMap<>();
        for (ResultsDocument.Benchmark b : benchmarks) {
            if (definition.reference().equals(b.params().get(definition.param()))) {
                references.put(key(b, definition.param()), b);
            }
        }
        List<ResultsDocument.SideBySide> rows = new ArrayList<>();
        for (ResultsDocument.Benchmark other : benchmarks) {
            String value = other.params().get(definition.param());
            if (value == null || value.equals(definition.reference())) {
                continue;
            }
            ResultsDocument.Benchmark reference = references.get(key(other, definition.param()));
            if (reference == null || reference.score() == null || other.score() == null
                    || !Objects.equals(reference.unit(), other.unit())
                    || Direction.ofUnit(other.unit()) == Direction.INFORMATIONAL) {
                continue;
            }
            rows.add(row(definition, reference, other, value));
        }
        return rows;
    }

    private static ResultsDocument.SideBySide row(SideBySideDefinition definition, ResultsDocument.Benchmark reference,
                                                  ResultsDocument.Benchmark other, String value) {
        boolean higherIsBetter = Direction.ofUnit(other.unit()) == Direction.HIGHER_IS_BETTER;
        double[] ours = ForkMeans.of(reference.samples());
        double[] theirs = ForkMeans.of(other.samples());
        double speedup;
        Double low = null;
        Double high = null;
        if (ours.length >= 2 && theirs.length >= 2) {
            // ratio of medians ours / theirs with its bootstrap interval; a time per op inverts it
            ChangeEstimate estimate = ChangeEstimate.of(theirs, ours, CONFIDENCE);
            speedup = higherIsBetter ? estimate.ratio() : 1 / estimate.ratio();
            low = higherIsBetter ? estimate.low() : 1 / estimate.high();
            high = higherIsBetter ? estimate.high() : 1 / estimate.low();
        } else {
            double ratio = reference.score() / other.score();
            speedup = higherIsBetter ? ratio : 1 / ratio;
        }
        Map<String, String> rest = new LinkedHashMap<>(reference.params());
        rest.remove(definition.param());
        return new ResultsDocument.SideBySide(BenchmarkId.of(reference.benchmark(), rest), definition.param(),
                definition.reference(), value, other.unit(), reference.score(), other.score(), speedup, low, high,
                List.of(ours.length, theirs.length));
    }

    /** @return the benchmark with every parameter but the compared one */
    private static String key(ResultsDocument.Benchmark b, String param) {
        Map<String, String> rest = new LinkedHashMap<>(b.params());
        rest.remove(param);
        return BenchmarkId.of(b.benchmark(), rest);
    }
}
