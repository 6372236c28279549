package io.tenflowers.bench.session;

import io.tenflowers.bench.baseline.BaselineChoice;
import io.tenflowers.bench.baseline.BaselineGate;
import io.tenflowers.bench.baseline.GateSettings;
import io.tenflowers.bench.io.BaselineFile;
import io.tenflowers.bench.io.BaselineFileException;
import io.tenflowers.bench.io.ComparisonJson;
import io.tenflowers.bench.io.OwnedOutputs;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ResultsDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code check-baseline} goal without Maven: read the results and the baseline, judge, and
 * write {@code comparison.json} beside the results.
 */
public final class CheckBaselineSession {
    private CheckBaselineSession() {
    }

    /**
     * @param resultsFile  the run's {@code results.json}
     * @param baselineFile the baseline (or another run's {@code results.json})
     * @param settings     how to judge
     * @return the judgement; {@code comparison.json} is written next to the results
     * @throws BaselineFileException if a file cannot be used (the message says which, where and why)
     * @throws IOException           if {@code comparison.json} cannot be written
     */
    public static Result execute(Path resultsFile, Path baselineFile, GateSettings settings)
            throws BaselineFileException, IOException {
        ResultsDocument results = ResultsJson.readForJudging(resultsFile);
        BaselineDocument baseline;
        if (BaselineChoice.SMOKE.equals(results.run().preset()) && !Files.exists(baselineFile)) {
            baseline = new BaselineDocument(BaselineDocument.SCHEMA_VERSION, null, null); // nothing is judged anyway
        } else {
            baseline = BaselineFile.read(baselineFile);
        }
        BaselineGate.Outcome outcome = new BaselineGate(settings).judge(results, baseline, baselineFile.toString());
        Path comparison = resultsFile.resolveSibling(OwnedOutputs.COMPARISON);
        ComparisonJson.write(outcome.document(), comparison);
        return new Result(outcome, comparison);
    }

    /**
     * @param outcome    the judgement
     * @param comparison where {@code comparison.json} was written
     */
    public record Result(BaselineGate.Outcome outcome, Path comparison) {
    }
}
