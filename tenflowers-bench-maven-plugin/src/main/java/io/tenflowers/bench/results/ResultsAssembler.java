package io.tenflowers.bench.results;

import io.tenflowers.bench.jmh.JmhMetric;
import io.tenflowers.bench.jmh.JmhRecord;
import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.model.BenchmarkId;
import io.tenflowers.bench.model.Direction;
import io.tenflowers.bench.model.JmhTime;
import io.tenflowers.bench.model.RatioDefinition;
import io.tenflowers.bench.model.SideBySideDefinition;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.stats.ScalingFit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMH's records, the failures and the run metadata into {@link ResultsDocument}: stable ids,
 * directions from units, NaN as null, derived figures (elements/s, scaling exponents, ratios).
 */
public final class ResultsAssembler {
    /** By id without parameters, then by each parameter in key order, numbers as numbers (10 before 100). */
    static final Comparator<ResultsDocument.Benchmark> BY_ID = (a, b) -> {
        int byName = BenchmarkId.withoutPackage(a.benchmark()).compareTo(BenchmarkId.withoutPackage(b.benchmark()));
        if (byName != 0) {
            return byName;
        }
        for (String key : new java.util.TreeSet<>(a.params().keySet())) {
            String x = a.params().get(key);
            String y = b.params().getOrDefault(key, "");
            int byParam;
            try {
                byParam = Double.compare(Double.parseDouble(x), Double.parseDouble(y));
            } catch (NumberFormatException notNumbers) {
                byParam = x.compareTo(y);
            }
            if (byParam != 0) {
                return byParam;
            }
        }
        return a.id().compareTo(b.id());
    };

    private final List<RatioDefinition> ratios;
    private final List<String> elementParams;
    private final SideBySideDefinition sideBySide;

    /**
     * @param ratios        ratios the project declares
     * @param elementParams parameters that count elements per operation (e.g. {@code size}): a
     *                      throughput benchmark with one of them also gets elements/s
     */
    public ResultsAssembler(List<RatioDefinition> ratios, List<String> elementParams) {
        this(ratios, elementParams, null);
    }

    /**
     * @param ratios        declared ratios
     * @param elementParams parameters that count elements per operation
     * @param sideBySide    the parameter whose values are compared side by side, or null
     */
    public ResultsAssembler(List<RatioDefinition> ratios, List<String> elementParams, SideBySideDefinition sideBySide) {
        this.ratios = List.copyOf(ratios);
        this.elementParams = List.copyOf(elementParams);
        this.sideBySide = sideBySide;
    }

    /**
     * @param run      run metadata
     * @param records  JMH's results
     * @param failures benchmarks without a result
     * @return the document, benchmarks sorted by id
     */
    public ResultsDocument assemble(ResultsDocument.Run run, List<JmhRecord> records,
                                    List<BenchmarkFailure> failures) {
        List<ResultsDocument.Benchmark> benchmarks = new ArrayList<>();
        for (JmhRecord record : records) {
            benchmarks.add(benchmark(record));
        }
        benchmarks.sort(BY_ID);
        List<ResultsDocument.Ratio> computed = new ArrayList<>();
        ratios.forEach(ratio -> computed.addAll(ratio.compute(benchmarks)));
        List<ResultsDocument.Failure> failed = failures.stream()
                .map(f -> new ResultsDocument.Failure(BenchmarkId.of(f.benchmark(), f.params()), f.benchmark(),
                        f.kind().name(), f.error()))
                .toList();
        return new ResultsDocument(ResultsDocument.SCHEMA_VERSION, run, benchmarks,
                new ResultsDocument.Derived(ScalingFit.fit(benchmarks), computed,
                        SideBySideTable.of(sideBySide, benchmarks)), failed);
    }

    private ResultsDocument.Benchmark benchmark(JmhRecord record) {
        Map<String, String> params = new TreeMap<>(record.params());
        JmhMetric primary = record.primary();
        Map<String, ResultsDocument.Metric> secondary = new LinkedHashMap<>();
        record.secondary().forEach((name, metric) -> secondary.put(name, new ResultsDocument.Metric(metric.unit(),
                Direction.ofUnit(metric.unit()).id(), metric.score(), metric.error(), metric.samples())));
        return new ResultsDocument.Benchmark(BenchmarkId.of(record.benchmark(), params), record.benchmark(),
                new LinkedHashMap<>(params), record.mode(), primary.unit(), Direction.ofUnit(primary.unit()).id(),
                primary.score(), primary.error(), primary.samples(), elementsPerSecond(params, primary), secondary,
                positive(record.forks()), record.warmupIterations(), positive(record.measurementIterations()),
                record.measurementTime(), record.jvmArgs());
    }

    /** JMH's JSON has no 0 forks or measured iterations: 0 means the reader did not find the field. */
    private static Integer positive(int value) {
        return value > 0 ? value : null;
    }

    /**
     * @return {@code score × elements × (seconds per unit)} for an {@code ops/<time>} score and a
     *         numeric elements parameter; otherwise null
     */
    private Double elementsPerSecond(Map<String, String> params, JmhMetric primary) {
        if (primary.score() == null || primary.unit() == null || !primary.unit().startsWith("ops/")) {
            return null;
        }
        Double perSecond = JmhTime.seconds(primary.unit().substring("ops/".length())).map(s -> 1 / s).orElse(null);
        for (String name : elementParams) {
            String value = params.get(name);
            if (value != null && perSecond != null) {
                try {
                    return primary.score() * Double.parseDouble(value) * perSecond;
                } catch (NumberFormatException notNumeric) {
                    return null;
                }
            }
        }
        return null;
    }
}
