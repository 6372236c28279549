package io.tenflowers.bench.report;

import io.tenflowers.bench.baseline.FloorRule;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ComparisonDocument.FloorCheck;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.report.ReportPage.FailureRow;
import io.tenflowers.bench.report.ReportPage.FloorRow;
import io.tenflowers.bench.report.ReportPage.ForkRow;
import io.tenflowers.bench.report.ReportPage.RatioRow;
import io.tenflowers.bench.stats.ChangeEstimate;
import io.tenflowers.bench.stats.ForkMeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/** The short tables: floors, declared ratios, per-fork spread and failures. */
final class SmallSections {
    /** Fork means further apart than this (relative to their median) are flagged: one fork's JIT luck. */
    static final double DISAGREEING_SPREAD = 0.20;

    private SmallSections() {
    }

    /**
     * The floors as the gate applied them; without a comparison, the baseline's floors applied here
     * (the same rule, {@link FloorRule}) so that a page beside a plain {@code bench} run shows them too.
     */
    static List<FloorRow> floors(ResultsDocument results, ComparisonDocument comparison, BaselineDocument baseline,
                                 boolean measured) {
        List<FloorCheck> checks;
        if (comparison != null) {
            checks = comparison.floors();
        } else if (baseline != null && measured) {
            checks = FloorRule.check(results, baseline.floors());
        } else {
            checks = List.of();
        }
        List<FloorRow> rows = new ArrayList<>();
        for (FloorCheck check : checks) {
            String limit = (check.minimum() == null ? "" : "≥ " + Formats.number(check.minimum()))
                    + (check.minimum() != null && check.maximum() != null ? " and " : "")
                    + (check.maximum() == null ? "" : "≤ " + Formats.number(check.maximum()));
            rows.add(new FloorRow(check.id(), check.metric(), Formats.number(check.value()), limit, check.unit(),
                    check.passed(), check.reason() == null ? "" : check.reason()));
        }
        return rows;
    }

    static List<RatioRow> ratios(ResultsDocument results) {
        List<RatioRow> rows = new ArrayList<>();
        for (ResultsDocument.Ratio r : results.derived().ratios()) {
            rows.add(new RatioRow(r.name(), r.numerator(), r.denominator(), r.metric(), Formats.number(r.value()),
                    Formats.number(r.error())));
        }
        return rows;
    }

    static List<ForkRow> forks(ResultsDocument results) {
        List<ForkRow> rows = new ArrayList<>();
        for (ResultsDocument.Benchmark b : results.benchmarks()) {
            double[] means = ForkMeans.of(b.samples());
            if (means.length < 2) {
                continue;
            }
            StringJoiner joiner = new StringJoiner(", ");
            for (double mean : means) {
                joiner.add(Formats.number(mean));
            }
            double median = ChangeEstimate.median(means);
            double spread = (Arrays.stream(means).max().orElseThrow() - Arrays.stream(means).min().orElseThrow())
                    / Math.abs(median);
            rows.add(new ForkRow(b.id(), b.unit(), joiner.toString(), Formats.percent(spread),
                    spread > DISAGREEING_SPREAD));
        }
        return rows;
    }

    static List<FailureRow> failures(ResultsDocument results) {
        List<FailureRow> rows = new ArrayList<>();
        for (ResultsDocument.Failure f : results.failures()) {
            rows.add(new FailureRow(f.id(), kind(f.kind()), f.error() == null ? "" : f.error()));
        }
        return rows;
    }

    private static String kind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "EXCEPTION" -> "threw";
            case "SETUP" -> "set-up failed";
            case "FORK_CRASH" -> "fork crashed";
            case "MISSING" -> "no result";
            case "NOT_RUN" -> "not run";
            default -> kind == null ? "" : kind.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
