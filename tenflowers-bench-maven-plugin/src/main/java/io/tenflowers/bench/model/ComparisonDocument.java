package io.tenflowers.bench.model;

import java.util.List;
import java.util.Map;

/**
 * {@code comparison.json}: the verdicts of a gate about one run, beside its {@code results.json},
 * for the report and for tools. {@code kind} says who judged: {@code baseline} (check-baseline
 * against a saved run) or {@code compare} (two commits in one sitting). A reader must ignore it
 * when {@link #resultsRunId} is not the run id of the results next to it.
 *
 * @param schemaVersion  {@link #SCHEMA_VERSION}
 * @param kind           {@code baseline} or {@code compare}
 * @param resultsRunId   the run id of the judged results
 * @param baselineRunId  the run id of what they were compared with, or null
 * @param baselineFile   the baseline file, or null
 * @param notJudged      why the relative rule did not judge, or null
 * @param settings       α, adjustment, thresholds, confidence
 * @param verdicts       one per benchmark and metric
 * @param floors         one per floor applied to a benchmark
 * @param counts         how many of each verdict, and of floor violations ({@code FLOOR_VIOLATED})
 * @param failed         whether the gate failed the build (or would have, without haltOnFailure)
 */
public record ComparisonDocument(int schemaVersion, String kind, String resultsRunId, String baselineRunId,
                                 String baselineFile, String notJudged, Settings settings, List<Judgement> verdicts,
                                 List<FloorCheck> floors, Map<String, Integer> counts, boolean failed) {
    /** Version of this schema. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * @param alpha            family-wise error rate of the relative rule
     * @param adjustment       {@code holm}
     * @param threshold        the default relative threshold (0.10 = 10 %)
     * @param bandFactor       k in {@code threshold = max(configured, k × noise band)}
     * @param confidence       level of the reported intervals
     * @param acrossMachines   whether results from another machine were judged anyway
     * @param exponentTolerance absolute tolerance of a scaling exponent
     */
    public record Settings(double alpha, String adjustment, double threshold, double bandFactor, double confidence,
                           boolean acrossMachines, double exponentTolerance) {
    }

    /**
     * One benchmark's metric, judged.
     *
     * @param id              benchmark id
     * @param metric          {@code score}, a secondary metric's name, or {@code exponent:<param>} for
     *                        the scaling exponent of a sweep (then baseline, current and change are
     *                        exponents and their absolute difference)
     * @param unit            unit
     * @param direction       {@code higher} or {@code lower}
     * @param verdict         the verdict
     * @param baseline        the baseline's median of fork means, or null
     * @param current         the results' median of fork means, or null
     * @param change          relative change of the median, {@code current / baseline − 1}, or null
     * @param changeLow       lower bound of its confidence interval, or null
     * @param changeHigh      upper bound, or null
     * @param pValue          raw two-sided p-value, or null
     * @param adjustedPValue  Holm-adjusted p-value, or null
     * @param threshold       the effective threshold (relative)
     * @param thresholdSource where it came from: {@code default}, {@code benchmark}, {@code metric},
     *                        {@code noise band}
     * @param noiseBand       the learned band, or null
     * @param forksBaseline   forks on the baseline's side
     * @param forksCurrent    forks on the results' side
     * @param note            why (for INSUFFICIENT_DATA: forks needed), or null
     */
    public record Judgement(String id, String metric, String unit, String direction, Verdict verdict, Double baseline,
                            Double current, Double change, Double changeLow, Double changeHigh, Double pValue,
                            Double adjustedPValue, double threshold, String thresholdSource, Double noiseBand,
                            int forksBaseline, int forksCurrent, String note) {
    }

    /**
     * @param id      benchmark id
     * @param metric  {@code score} or a secondary metric
     * @param value   the result's value
     * @param unit    its unit
     * @param minimum the floor's minimum, or null
     * @param maximum the floor's maximum, or null
     * @param passed  whether it holds
     * @param reason  the floor's reason
     */
    public record FloorCheck(String id, String metric, double value, String unit, Double minimum, Double maximum,
                             boolean passed, String reason) {
    }
}
