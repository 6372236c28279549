package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ComparisonDocument.FloorCheck;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole {@code check-baseline} judgement of one run: choose the saved run, apply the relative
 * rule and the floors, and say it as JaCoCo's check does — one line per violation, a table of every
 * verdict, one summary — plus {@code comparison.json}'s document.
 */
public final class BaselineGate {
    private final GateSettings settings;

    public BaselineGate(GateSettings settings) {
        this.settings = settings;
    }

    /**
     * @param results      the run
     * @param baseline     the baseline
     * @param baselineFile where the baseline came from (for the record)
     * @return the verdicts, lines and document
     */
    public Outcome judge(ResultsDocument results, BaselineDocument baseline, String baselineFile) {
        BaselineChoice choice = BaselineChoice.of(results, baseline, settings.acrossMachines());
        List<Judgement> judgements = new ArrayList<>();
        if (choice.saved() != null) {
            judgements.addAll(new RelativeRule(settings).judge(results, choice.saved()));
            judgements.addAll(new ScalingRule(settings).judge(results, choice.saved()));
        }
        List<FloorCheck> floors = choice.floors() ? FloorRule.check(results, baseline.floors()) : List.of();
        List<String> violations = new ArrayList<>();
        for (FloorCheck check : floors) {
            if (!check.passed()) {
                violations.add(GateText.floorViolation(check));
            }
        }
        for (Judgement judgement : judgements) {
            if (judgement.verdict() == Verdict.REGRESSED) {
                violations.add(GateText.regression(judgement, settings.confidence()));
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict.name(), (int) judgements.stream().filter(j -> j.verdict() == verdict).count());
        }
        counts.put("FLOOR_PASSED", (int) floors.stream().filter(FloorCheck::passed).count());
        counts.put("FLOOR_VIOLATED", (int) floors.stream().filter(f -> !f.passed()).count());
        boolean failed = !violations.isEmpty();
        String notJudged = choice.notJudged();
        ComparisonDocument document = new ComparisonDocument(ComparisonDocument.SCHEMA_VERSION, "baseline",
                results.run().runId(), choice.saved() == null ? null : choice.saved().runId(), baselineFile,
                notJudged, new ComparisonDocument.Settings(settings.alpha(), "holm", settings.threshold(),
                settings.bandFactor(), settings.confidence(), settings.acrossMachines(), settings.exponentTolerance()),
                judgements, floors, counts,
                failed);
        return new Outcome(document, choice.warning(), GateText.header(results, choice, baselineFile, judgements,
                settings), violations, GateText.table(judgements, floors, settings.confidence()),
                GateText.summary(counts, notJudged));
    }

    /**
     * @param document   {@code comparison.json}
     * @param warning    a line to show as a warning (another machine), or null
     * @param header     what was compared with what, and how
     * @param violations one line per violation (floors first)
     * @param table      every verdict, one line each, with a heading line
     * @param summary    one line of counts (and why nothing was judged, if so)
     */
    public record Outcome(ComparisonDocument document, String warning, String header, List<String> violations,
                          List<String> table, String summary) {
        /** @return whether a rule was violated */
        public boolean failed() {
            return document.failed();
        }
    }
}
