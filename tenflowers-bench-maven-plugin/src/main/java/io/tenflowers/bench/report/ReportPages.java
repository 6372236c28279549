package io.tenflowers.bench.report;

import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;
import io.tenflowers.bench.report.ReportInputs.HistoryRun;
import io.tenflowers.bench.report.ReportPage.Count;
import io.tenflowers.bench.report.ReportPage.Notice;
import io.tenflowers.bench.report.ReportPage.Status;
import io.tenflowers.bench.report.ReportPage.Summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the {@link ReportPage} of a run from its {@link ReportInputs}. */
public final class ReportPages {
    /** What to run to get results; the page says it when there are none. */
    public static final String HOW_TO = "Run the benchmarks with a measuring preset, e.g. "
            + "mvn verify -Dtenflowers.bench.preset=standard (or scripts/run_benchmarks.sh -a in this project): "
            + "the bench goal writes target/benchmark_results/results.json, and check-baseline adds its verdicts. "
            + "A plain mvn verify only runs a smoke run.";
    private static final String SMOKE = "smoke";

    private ReportPages() {
    }

    /** {@code comparison.json}'s kind when the compare goal judged (two commits, one sitting). */
    private static final String COMPARE = "compare";
    private static final String MANN_WHITNEY = "Mann-Whitney U over fork means";

    /**
     * @param inputs what the report is made from
     * @return the page
     */
    public static ReportPage build(ReportInputs inputs) {
        ResultsDocument results = inputs.results();
        List<Notice> notices = new ArrayList<>();
        inputs.notices().forEach(text -> notices.add(new Notice("warning", text)));
        if (results == null) {
            return new ReportPage(inputs.title(), false, HOW_TO,
                    new Status("unjudged", "NO RESULTS", "No benchmark results yet."), List.of(), List.of(), notices,
                    new Summary(0, "No benchmark results yet.", List.of()), null, List.of(), List.of(), List.of(),
                    List.of(), new ReportPage.Memory(List.of(), null, ""), List.of(), List.of(), List.of(), "", List.of(),
                    MANN_WHITNEY);
        }
        ComparisonDocument comparison = inputs.comparison();
        boolean measured = !SMOKE.equals(results.run().preset());
        notices.addAll(runNotices(results, comparison, measured));
        Judgements judgements = new Judgements(comparison);
        List<HistoryRun> trendRuns = TrendSection.runs(inputs.history(), results, comparison, measured);
        return new ReportPage(inputs.title(), true, HOW_TO, status(comparison), RunFacts.of(results.run()),
                RunFacts.environment(results.run()), notices, summary(results, comparison),
                ResultTables.changes(judgements), ResultTables.categories(results, judgements),
                SmallSections.floors(results, comparison, inputs.baseline(), measured), SmallSections.ratios(results),
                SideBySideSection.of(results), MemoryTable.of(results, judgements), SweepSection.of(results, judgements),
                SmallSections.forks(results), TrendSection.of(trendRuns, results), trendNote(trendRuns.size(), measured),
                SmallSections.failures(results), comparison != null && COMPARE.equals(comparison.kind())
                        ? "Wilcoxon signed-rank over the ratios of neighbouring forks of the two commits (compare)"
                        : MANN_WHITNEY);
    }

    private static List<Notice> runNotices(ResultsDocument results, ComparisonDocument comparison, boolean measured) {
        List<Notice> notices = new ArrayList<>();
        if (!measured) {
            notices.add(new Notice("warning", "Smoke run: one short warm-up per benchmark, so these numbers are "
                    + "not measurements (the JIT has not compiled the hot code yet). They show that every "
                    + "benchmark runs; they are never judged or trended."));
        }
        if (results.run().git() != null && Boolean.TRUE.equals(results.run().git().dirty())) {
            notices.add(new Notice("info", "The work tree had uncommitted changes: the commit named below is "
                    + "not all of the code that ran."));
        }
        if (comparison != null && COMPARE.equals(comparison.kind())) {
            notices.add(new Notice("info", "Compared with another commit in the same sitting (the compare goal): the "
                    + "Baseline column is that commit, measured with its forks interleaved with these, and the verdicts "
                    + "come from a Wilcoxon signed-rank test over the ratios of neighbouring forks (not Mann-Whitney U). "
                    + "That commit's results: " + comparison.baselineFile()));
        }
        // Without floors the status line already says why nothing was judged.
        if (comparison != null && comparison.notJudged() != null && !comparison.floors().isEmpty()) {
            notices.add(new Notice("info", "Relative rules not applied: " + comparison.notJudged()));
        }
        if (!results.failures().isEmpty()) {
            notices.add(new Notice("warning", results.failures().size() + " benchmark(s) produced no result: "
                    + "see Failures below."));
        }
        return notices;
    }

    private static Status status(ComparisonDocument comparison) {
        if (comparison == null) {
            return new Status("unjudged", "NOT CHECKED", "No gate has judged this run: check-baseline (in mvn verify) "
                    + "or compare adds verdicts.");
        }
        if (comparison.failed()) {
            int violations = comparison.counts().getOrDefault("REGRESSED", 0)
                    + comparison.counts().getOrDefault("FLOOR_VIOLATED", 0);
            return new Status("failed", "FAILED", violations + " rule(s) violated against "
                    + (COMPARE.equals(comparison.kind()) ? "the other commit, measured in the same sitting"
                    : comparison.baselineFile() == null ? "the baseline" : comparison.baselineFile()) + ".");
        }
        if (comparison.notJudged() != null && comparison.floors().isEmpty()) {
            return new Status("not-judged", "NOT JUDGED", comparison.notJudged());
        }
        return new Status("passed", "PASSED", "No regression beyond its threshold"
                + (comparison.floors().isEmpty() ? "" : ", and every floor holds") + ".");
    }

    private static Summary summary(ResultsDocument results, ComparisonDocument comparison) {
        int benchmarks = results.benchmarks().size();
        String what = benchmarks + " benchmark" + (benchmarks == 1 ? "" : "s");
        if (comparison == null) {
            return new Summary(benchmarks, what + "; not compared with a baseline.", List.of());
        }
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Judgement j : comparison.verdicts()) {
            if (j.metric().equals(Judgements.SCORE)) {
                counts.merge(j.verdict(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return new Summary(benchmarks, what + "; none judged.", List.of());
        }
        StringJoiner line = new StringJoiner(", ", what + ": ", "");
        List<Count> badges = new ArrayList<>();
        for (Verdict verdict : List.of(Verdict.IMPROVED, Verdict.REGRESSED, Verdict.NO_CHANGE, Verdict.INSUFFICIENT_DATA,
                Verdict.NEW, Verdict.MISSING, Verdict.NOT_JUDGED)) {
            int count = counts.getOrDefault(verdict, 0);
            if (count > 0 || verdict != Verdict.NOT_JUDGED) {
                line.add(count + " " + Verdicts.word(verdict));
            }
            if (count > 0) {
                badges.add(new Count(Verdicts.word(verdict), Verdicts.cssClass(verdict), count));
            }
        }
        long floorsFailed = comparison.floors().stream().filter(f -> !f.passed()).count();
        String floors = comparison.floors().isEmpty() ? ""
                : "; floors: " + (comparison.floors().size() - floorsFailed) + " of " + comparison.floors().size() + " hold";
        return new Summary(benchmarks, line + floors + ".", badges);
    }

    private static String trendNote(int runs, boolean measured) {
        if (runs < TrendSection.MINIMUM_POINTS) {
            return "No trend yet: " + runs + " comparable stored run" + (runs == 1 ? "" : "s") + " (same machine "
                    + "fingerprint and config, a measuring preset). Every measuring run of bench adds one to the "
                    + "history directory (.benchmarks/ by default)"
                    + (measured ? "." : "; smoke runs are never stored.");
        }
        return runs + " comparable runs (same machine fingerprint and config, measuring presets), oldest first. "
                + "Whiskers: 95 % intervals over forks. Triangles: runs the gate flagged. Level lines and dashed "
                + "separators: change points (advisory: penalised L1 segmentation with at least 3 runs a segment, "
                + "so one outlier is never a step).";
    }
}
