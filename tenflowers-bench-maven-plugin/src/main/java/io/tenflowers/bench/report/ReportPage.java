package io.tenflowers.bench.report;

import io.tenflowers.bench.report.chart.Chart;

import java.util.List;

/**
 * Everything the report page shows, already formatted: the template only lays it out. Strings are
 * never null (empty when unknown) and numbers are text in {@link java.util.Locale#ROOT}, so the
 * page is the same under every default locale. Built by {@link ReportPages}; rendered by
 * {@code report.ftlh} (HTML) and {@link SummaryMarkdown}.
 *
 * @param title      the page's title
 * @param hasResults false when there were no results: the page then only says how to produce them
 * @param howTo      what to run to produce results (shown without results, and in the footer)
 * @param status     the headline: what the gate said, or that nothing judged the run
 * @param run        the run's metadata (commit, time, machine, JVM, config, preset …)
 * @param environment facts the project's environment probe reported (kernel backend, vector width …)
 * @param notices    things a reader must know before trusting the numbers (smoke run, dirty tree,
 *                   an ignored comparison …)
 * @param summary    counts of verdicts
 * @param changes    change against the baseline as diverging bars, or null when nothing was judged
 * @param categories one table (and throughput chart) per category of benchmarks
 * @param floors     the baseline's absolute floors with pass or fail
 * @param ratios     declared ratios (gradient overhead, tracking overhead …)
 * @param sideBySide engines measured side by side in the run, one section per compared value
 * @param memory     bytes allocated per operation
 * @param sweeps     scaling sweeps with their fitted exponents
 * @param forks      per-benchmark spread of fork means
 * @param trends     one trend per benchmark over the comparable stored runs
 * @param trendNote  what the trends are made of, or why there are none
 * @param failures   benchmarks that produced no result
 * @param verdictTest the test behind the verdicts, for the footer: Mann-Whitney U over fork means
 *                   ({@code check-baseline}) or the signed-rank test over neighbouring forks ({@code compare})
 */
public record ReportPage(String title, boolean hasResults, String howTo, Status status, List<Fact> run,
                         List<Fact> environment,
                         List<Notice> notices, Summary summary, Chart changes, List<Category> categories,
                         List<FloorRow> floors, List<RatioRow> ratios, List<SideBySide> sideBySide, Memory memory,
                         List<Sweep> sweeps,
                         List<ForkRow> forks, List<Trend> trends, String trendNote, List<FailureRow> failures,
                         String verdictTest) {

    /**
     * @param kind {@code passed}, {@code failed}, {@code not-judged} or {@code unjudged} (no gate ran):
     *             a css class
     * @param word the word shown with the colour
     * @param text one sentence
     */
    public record Status(String kind, String word, String text) {
    }

    /** One line of run metadata. */
    public record Fact(String label, String value) {
    }

    /** @param kind {@code warning} or {@code info} */
    public record Notice(String kind, String text) {
    }

    /**
     * @param benchmarks number of results
     * @param line       "16 benchmarks: 1 improved, 2 regressed, …"
     * @param counts     verdict word → count, for the badges (only verdicts that occur)
     */
    public record Summary(int benchmarks, String line, List<Count> counts) {
    }

    /** @param verdictClass css class, {@code regressed}, {@code improved} … */
    public record Count(String verdict, String verdictClass, int count) {
    }

    /**
     * @param name       category (the suite and group, e.g. {@code PerformanceComparison.regression})
     * @param anchor     a fragment id for links
     * @param rows       one row per benchmark
     * @param throughput the scores as bars with their intervals, or null
     */
    public record Category(String name, String anchor, List<ResultRow> rows, Chart throughput) {
    }

    /**
     * One benchmark's primary metric.
     *
     * @param benchmark      the benchmark's name within its category, with its parameters
     * @param id             the full id
     * @param score          the score (JMH's mean over all measured iterations)
     * @param interval       its 95 % interval over fork means (t), or JMH's 99.9 % error with one fork
     * @param intervalSource which of the two, in words
     * @param unit           its unit
     * @param baseline       the baseline's median of fork means, or ""
     * @param change         the change of the median, signed, or ""
     * @param changeInterval the change's confidence interval, or ""
     * @param p              the raw p-value, or ""
     * @param pAdjusted      the Holm-adjusted p-value, or ""
     * @param verdict        the verdict's word, or "" without a comparison
     * @param verdictClass   its css class
     * @param threshold      the effective threshold and where it came from, or ""
     * @param note           why (forks needed, …), or ""
     */
    public record ResultRow(String benchmark, String id, String score, String interval, String intervalSource,
                            String unit, String baseline,
                            String change, String changeInterval, String p, String pAdjusted, String verdict,
                            String verdictClass, String threshold, String note) {
    }

    /** An absolute floor applied to a benchmark. */
    public record FloorRow(String benchmark, String metric, String value, String limit, String unit, boolean passed,
                           String reason) {
    }

    /** A declared ratio, e.g. the gradient overhead (backward + forward over forward). */
    public record RatioRow(String name, String numerator, String denominator, String metric, String value,
                           String error) {
    }

    /**
     * @param param     the compared parameter, e.g. {@code engine}
     * @param reference its reference value, e.g. {@code tenflowers}
     * @param other     the value compared with it, e.g. {@code pytorch}
     * @param anchor    a fragment id for links
     * @param rows      one row per workload
     * @param chart     the speed-ups as bars with their intervals
     */
    public record SideBySide(String param, String reference, String other, String anchor, List<SideBySideRow> rows,
                             Chart chart) {
    }

    /**
     * @param benchmark the workload (benchmark id without the compared parameter)
     * @param reference the reference's score
     * @param other     the other's score
     * @param unit      the scores' unit
     * @param speedup   how many times faster the reference is, e.g. {@code 2.31×}
     * @param interval  its 95 % interval, or ""
     * @param forks     forks per side, e.g. {@code 5 / 5}
     * @param styleClass {@code improved} (reference faster, whole interval), {@code regressed} (slower),
     *                   {@code unchanged}
     */
    public record SideBySideRow(String benchmark, String reference, String other, String unit, String speedup,
                                String interval, String forks, String styleClass) {
    }

    /**
     * @param rows  per benchmark: bytes per operation and other memory metrics
     * @param chart bytes per operation as bars, or null when no benchmark measured it
     * @param note  what the numbers are
     */
    public record Memory(List<MemoryRow> rows, Chart chart, String note) {
    }

    /** @param change and the verdict of the gate on bytes/op, when judged */
    public record MemoryRow(String benchmark, String bytesPerOp, String interval, String change, String verdict,
                            String verdictClass, String other) {
    }

    /**
     * A size sweep.
     *
     * @param benchmark the benchmark without parameters
     * @param param     the swept parameter
     * @param exponent  the fitted exponent b of score ∝ param^b
     * @param rSquared  R² of the log-log fit
     * @param baseline  the baseline's exponent, or ""
     * @param verdict   the gate's verdict on the exponent, or ""
     * @param verdictClass its css class
     * @param meaning   what the exponent says in words
     * @param chart     the curve on log-log axes
     */
    public record Sweep(String benchmark, String param, String exponent, String rSquared, String baseline,
                        String verdict, String verdictClass, String meaning, Chart chart) {
    }

    /**
     * @param benchmark id
     * @param forkMeans the fork means, in fork order
     * @param spread    (max − min) / median of the fork means
     * @param disagree  whether the spread is large enough to distrust a single fork
     */
    public record ForkRow(String benchmark, String unit, String forkMeans, String spread, boolean disagree) {
    }

    /**
     * @param category the benchmark's category, for grouping
     * @param benchmark the benchmark's id
     * @param points    comparable runs with a value
     * @param flagged   runs the gate flagged
     * @param steps     change points found, in words, or ""
     * @param chart     the trend
     */
    public record Trend(String category, String benchmark, int points, int flagged, String steps, Chart chart) {
    }

    /** A benchmark that produced no result. */
    public record FailureRow(String benchmark, String kind, String message) {
    }
}
