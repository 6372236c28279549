package io.tenflowers.bench;

import io.tenflowers.bench.results.ResultsDocument;
import io.tenflowers.bench.run.BenchmarkFailure;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link BenchSession} did.
 *
 * @param skipped     why nothing ran (no benchmarks in the module), or null if it ran
 * @param document    the results, null if skipped
 * @param resultsFile {@code results.json}
 * @param summaryFile {@code summary.txt}, or null when not asked for
 * @param historyFile the history copy, or null
 * @param log         JMH's log
 * @param failures    benchmarks without a result
 * @param failureMessage the message for the user when {@code failures} is not empty, else null
 */
public record BenchReport(String skipped, ResultsDocument document, Path resultsFile, Path summaryFile,
                          Path historyFile, Path log, List<BenchmarkFailure> failures, String failureMessage) {
    static BenchReport skipped(String why) {
        return new BenchReport(why, null, null, null, null, null, List.of(), null);
    }
}
