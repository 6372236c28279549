package io.tenflowers.bench.session;

import io.tenflowers.bench.baseline.BaselineChoice;
import io.tenflowers.bench.baseline.BaselineGate;
import io.tenflowers.bench.baseline.GateSettings;
import io.tenflowers.bench.io.BaselineFile;
import io.tenflowers.bench.io.BaselineFileException;
import io.tenflowers.bench.io.ComparisonJson;
import io.tenflowers.bench.io.History;
import io.tenflowers.bench.io.HistoryReader;
import io.tenflowers.bench.io.OwnedOutputs;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ResultsDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The {@code check-baseline} goal without Maven: read the results and the baseline, judge, write
 * {@code comparison.json} beside the results and, when asked for, draw the summaries again
 * ({@code summary.html}, {@code summary.md}), now with the verdicts and the baseline's floors.
 */
public final class CheckBaselineSession {
    private CheckBaselineSession() {
    }

    /**
     * What to judge, and how.
     *
     * @param resultsFile      the run's {@code results.json}
     * @param baselineFile     the baseline (or another run's {@code results.json})
     * @param settings         how to judge
     * @param historyDirectory the stored history (for the pages' trend charts), or null
     * @param summaries        draw {@code summary.html} and {@code summary.md} beside the results
     * @param title            the pages' title, e.g. the project's artifactId
     * @param warnings         receives one line per input the pages left out, and why
     */
    public record Request(Path resultsFile, Path baselineFile, GateSettings settings, Path historyDirectory,
                          boolean summaries, String title, Consumer<String> warnings) {
    }

    /**
     * @param request what to judge
     * @return the judgement; {@code comparison.json} is written next to the results, and the
     *         summaries too when asked for, before a regression fails the build
     * @throws BaselineFileException if a file cannot be used (the message says which, where and why)
     * @throws IOException           if {@code comparison.json} or a summary cannot be written
     */
    public static Result execute(Request request) throws BaselineFileException, IOException {
        Path resultsFile = request.resultsFile();
        Path baselineFile = request.baselineFile();
        ResultsDocument results = ResultsJson.readForJudging(resultsFile);
        BaselineDocument baseline;
        if (BaselineChoice.SMOKE.equals(results.run().preset()) && !Files.exists(baselineFile)) {
            baseline = new BaselineDocument(BaselineDocument.SCHEMA_VERSION, null, null); // nothing is judged anyway
        } else {
            baseline = BaselineFile.read(baselineFile);
        }
        BaselineGate.Outcome outcome = new BaselineGate(request.settings()).judge(results, baseline,
                baselineFile.toString());
        Path comparison = resultsFile.resolveSibling(OwnedOutputs.COMPARISON);
        ComparisonJson.write(outcome.document(), comparison);

        // The verdicts join the run's history copy (smoke runs have none), so that trend charts can
        // mark the runs the gate flagged; before the pages below, so that they already show it.
        if (request.historyDirectory() != null && HistoryReader.isMeasuring(results.run().preset())) {
            History.appendComparison(request.historyDirectory(), outcome.document());
        }

        ReportSession.Written summaries = null;
        if (request.summaries()) {
            // read by the pages from comparison.json, which now judges these results
            summaries = ReportSession.writeSummaries(new ReportSession.Request(resultsFile,
                    request.historyDirectory(), Files.isRegularFile(baselineFile) ? baselineFile : null,
                    request.title(), request.warnings()));
        }
        return new Result(outcome, comparison, summaries);
    }

    /**
     * @param outcome    the judgement
     * @param comparison where {@code comparison.json} was written
     * @param summaries  where {@code summary.html} and {@code summary.md} were written, or null when
     *                   not asked for
     */
    public record Result(BaselineGate.Outcome outcome, Path comparison, ReportSession.Written summaries) {
    }
}
