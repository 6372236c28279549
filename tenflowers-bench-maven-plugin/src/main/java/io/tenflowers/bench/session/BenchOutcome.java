package io.tenflowers.bench.session;

import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.model.ResultsDocument;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link BenchSession} did.
 *
 * @param skipped     why nothing ran (no benchmarks in the module), or null if it ran
 * @param document    the results, null if skipped
 * @param resultsFile {@code results.json}
 * @param summaryFile {@code summary.txt}, or null when not asked for
 * @param summaryHtml {@code summary.html} (the report page of this run), or null when not asked for
 * @param summaryMarkdown {@code summary.md} (for a CI job summary), or null when not asked for
 * @param historyFile the history copy, or null
 * @param log         JMH's log
 * @param failures    benchmarks without a result
 * @param failureMessage the message for the user when {@code failures} is not empty, else null
 */
public record BenchOutcome(String skipped, ResultsDocument document, Path resultsFile, Path summaryFile,
                          Path summaryHtml, Path summaryMarkdown, Path historyFile, Path log,
                          List<BenchmarkFailure> failures, String failureMessage) {
    static BenchOutcome skipped(String why) {
        return new BenchOutcome(why, null, null, null, null, null, null, null, List.of(), null);
    }
}
