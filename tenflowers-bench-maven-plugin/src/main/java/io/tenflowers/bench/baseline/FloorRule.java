package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.BaselineDocument.Floor;
import io.tenflowers.bench.model.ComparisonDocument.FloorCheck;
import io.tenflowers.bench.model.ResultsDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Absolute floors ("expected throughput ≥ 1000 ops/s"): every floor is applied to every benchmark
 * whose id it names (exactly, or as a regex with {@code matches()}), on the metric it names, when
 * the result is in the floor's unit. They hold on any machine, so they apply where the relative rule
 * cannot (another machine, no saved run); only {@code release} runs of a measuring preset are judged.
 */
public final class FloorRule {
    private FloorRule() {
    }

    /**
     * @param results the run
     * @param floors  the baseline's floors
     * @return one check per floor and benchmark it applies to, in the floors' order
     */
    public static List<FloorCheck> check(ResultsDocument results, List<Floor> floors) {
        List<FloorCheck> checks = new ArrayList<>();
        for (Floor floor : floors) {
            Pattern pattern = Pattern.compile(floor.benchmark());
            String metric = floor.metric() == null || floor.metric().isBlank() ? RelativeRule.SCORE : floor.metric();
            for (ResultsDocument.Benchmark benchmark : results.benchmarks()) {
                if (!benchmark.id().equals(floor.benchmark()) && !pattern.matcher(benchmark.id()).matches()) {
                    continue;
                }
                Double value;
                String unit;
                if (RelativeRule.SCORE.equals(metric)) {
                    value = benchmark.score();
                    unit = benchmark.unit();
                } else {
                    ResultsDocument.Metric secondary = benchmark.secondary() == null ? null
                            : benchmark.secondary().get(metric);
                    value = secondary == null ? null : secondary.score();
                    unit = secondary == null ? null : secondary.unit();
                }
                if (value == null || !Objects.equals(unit, floor.unit())) {
                    continue; // another unit, or no such metric in this run: not this floor's business
                }
                boolean passed = (floor.minimum() == null || value >= floor.minimum())
                        && (floor.maximum() == null || value <= floor.maximum());
                checks.add(new FloorCheck(benchmark.id(), metric, value, unit, floor.minimum(), floor.maximum(),
                        passed, floor.reason()));
            }
        }
        return checks;
    }
}
