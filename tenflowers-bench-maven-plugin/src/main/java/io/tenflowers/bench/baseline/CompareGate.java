package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole {@code compare} judgement: the working tree against a git ref, both measured in one
 * sitting with interleaved forks ({@link PairedRule}), said as {@code check-baseline} says its
 * verdicts (one line per regression, the table, one summary) with {@code comparison.json}'s document
 * of kind {@code compare}.
 */
public final class CompareGate {
    /** {@code comparison.json}'s kind for this gate. */
    public static final String KIND = "compare";

    private final GateSettings settings;

    public CompareGate(GateSettings settings) {
        this.settings = settings;
    }

    /**
     * @param workingTree    the working tree's results
     * @param ref            the ref's results, fork {@code i} next to the working tree's fork {@code i}
     * @param refName        the ref as the user knows it, e.g. {@code main} or {@code HEAD}
     * @param refResultsFile where the ref's {@code results.json} was written
     * @return the verdicts, lines and document
     */
    public BaselineGate.Outcome judge(ResultsDocument workingTree, ResultsDocument ref, String refName,
                                      String refResultsFile) {
        List<Judgement> judgements = new PairedRule(settings).judge(workingTree, ref);
        List<String> violations = new ArrayList<>();
        for (Judgement judgement : judgements) {
            if (judgement.verdict() == Verdict.REGRESSED) {
                violations.add(GateText.regression(judgement, settings.confidence()));
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict.name(), (int) judgements.stream().filter(j -> j.verdict() == verdict).count());
        }
        counts.put("FLOOR_PASSED", 0);
        counts.put("FLOOR_VIOLATED", 0);
        ComparisonDocument document = new ComparisonDocument(ComparisonDocument.SCHEMA_VERSION, KIND,
                workingTree.run().runId(), ref.run().runId(), refResultsFile, null,
                new ComparisonDocument.Settings(settings.alpha(), "holm", settings.threshold(), settings.bandFactor(),
                        settings.confidence(), false, settings.exponentTolerance()),
                judgements, List.of(), counts, !violations.isEmpty());
        long compared = judgements.stream().filter(j -> j.pValue() != null).count();
        int pairs = judgements.stream().mapToInt(Judgement::forksBaseline).max().orElse(0);
        String commit = ref.run().git() == null || ref.run().git().commit() == null ? "?"
                : GateText.abbreviate(ref.run().git().commit());
        String header = "Compare of the working tree (run " + workingTree.run().runId() + ") with " + refName
                + " (commit " + commit + ", run " + ref.run().runId() + "), measured in one sitting: " + pairs
                + " pair(s) of interleaved forks per benchmark, Wilcoxon signed-rank test over the ratios of "
                + "neighbouring forks, α " + settings.alpha() + " with Holm's adjustment over " + compared
                + " comparison(s), default threshold " + GateText.percent(settings.threshold()) + ", intervals "
                + GateText.percentNumber(settings.confidence()) + " %.";
        int judged = counts.get("IMPROVED") + counts.get("REGRESSED") + counts.get("NO_CHANGE")
                + counts.get("INSUFFICIENT_DATA");
        String summary = "Compare with " + refName + ": " + judged + " judged: " + counts.get("REGRESSED")
                + " regressed, " + counts.get("IMPROVED") + " improved, " + counts.get("NO_CHANGE") + " unchanged, "
                + counts.get("INSUFFICIENT_DATA") + " insufficient data; " + counts.get("NEW") + " new, "
                + counts.get("MISSING") + " missing, " + counts.get("NOT_JUDGED") + " not judged.";
        return new BaselineGate.Outcome(document, null, header, violations,
                GateText.table(judgements, List.of(), settings.confidence(), refName.length() <= 12 ? refName : "ref",
                        "working tree"), summary);
    }
}
