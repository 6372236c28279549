package io.tenflowers.bench.report;

import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ResultsDocument;

import java.util.List;

/**
 * What a report is made from, already read and checked.
 *
 * @param title      the page's title
 * @param results    the run, or null when there are no results
 * @param comparison the gate's verdicts about exactly this run, or null
 * @param history    earlier runs comparable with this one (same machine fingerprint, config, a
 *                   measuring preset), oldest first; may include this run itself
 * @param baseline   the baseline (for its floors when no comparison judged the run), or null
 * @param notices    lines about inputs that were ignored, shown at the top of the page
 */
public record ReportInputs(String title, ResultsDocument results, ComparisonDocument comparison,
                           List<HistoryRun> history, BaselineDocument baseline, List<String> notices) {

    public ReportInputs {
        history = history == null ? List.of() : List.copyOf(history);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /**
     * One stored run.
     *
     * @param results    its results
     * @param comparison the gate's verdicts about it, or null
     */
    public record HistoryRun(ResultsDocument results, ComparisonDocument comparison) {
    }
}
