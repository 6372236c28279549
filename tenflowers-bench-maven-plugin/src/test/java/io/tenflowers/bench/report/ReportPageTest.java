package io.tenflowers.bench.report;

import io.tenflowers.bench.Golden;
import io.tenflowers.bench.report.ReportPage.Category;
import io.tenflowers.bench.report.ReportPage.ResultRow;
import org.junit.jupiter.api.AfterEach;
import io.tenflowers.bench.model.ResultsDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report page from fixed inputs: what it says (model), how it renders (golden HTML and Markdown
 * under two default locales), and that data never becomes markup.
 */
class ReportPageTest {
    private static final Locale ORIGINAL = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(ORIGINAL);
    }

    private static ReportPage fullPage() {
        return ReportPages.build(new ReportInputs("sample <project>", ReportFixtures.current(),
                ReportFixtures.comparison(ReportFixtures.current().run().runId()), ReportFixtures.history(),
                ReportFixtures.baseline(), List.of()));
    }

    @Test
    void summaryCountsThePrimaryVerdictsAndTheFloors() {
        ReportPage page = fullPage();
        assertEquals("6 benchmarks: 1 improved, 1 regressed, 2 unchanged, 1 insufficient data, 1 new, 1 missing; "
                + "floors: 1 of 2 hold.", page.summary().line());
        assertEquals("FAILED", page.status().word());
        assertEquals("failed", page.status().kind());
    }

    @Test
    void rowsCarryTheGatesFiguresAndAMissingBenchmarkGetsARow() {
        ReportPage page = fullPage();
        Category basic = page.categories().stream().filter(c -> c.name().equals("Suite.basic")).findFirst().orElseThrow();
        ResultRow add = basic.rows().get(0);
        assertEquals("add[size=1000]", add.benchmark());
        assertEquals("−20.7 %", add.change());
        assertEquals("−26.2 % … −15.1 %", add.changeInterval());
        assertEquals("0.00016", add.p());
        assertEquals("0.0021", add.pAdjusted());
        assertEquals("regressed", add.verdict());
        assertEquals("10.0 % (default)", add.threshold());
        assertTrue(add.intervalSource().startsWith("95 % over 8 forks"), add.intervalSource());
        ResultRow mul = basic.rows().get(1);
        assertTrue(mul.intervalSource().startsWith("JMH"), "one fork: JMH's own error, said so");
        assertTrue(basic.rows().stream().anyMatch(r -> r.verdict().equals("missing") && r.score().isEmpty()));
    }

    @Test
    void intervalOverForksContainsTheScore() {
        ReportPage page = fullPage();
        ResultRow add = page.categories().get(0).rows().get(0);
        String[] bounds = add.interval().replace("\u2009", "").split(" … ");
        double low = Double.parseDouble(bounds[0]);
        double high = Double.parseDouble(bounds[1]);
        double score = Double.parseDouble(add.score().replace("\u2009", ""));
        assertTrue(low < score && score < high, add.interval() + " around " + add.score());
    }

    @Test
    void trendsMarkTheFlaggedRunAndFindTheStep() {
        ReportPage page = fullPage();
        ReportPage.Trend add = page.trends().stream().filter(t -> t.benchmark().equals("Suite.basic.add[size=1000]"))
                .findFirst().orElseThrow();
        assertEquals(7, add.points(), "six stored runs and this one");
        assertEquals(2, add.flagged(), "the fifth stored run and this one, both judged REGRESSED");
        assertTrue(add.steps().startsWith("step at 12-02 03:00: −1"), add.steps());
        ReportPage.Trend mul = page.trends().stream().filter(t -> t.benchmark().equals("Suite.basic.mul[size=1000]"))
                .findFirst().orElseThrow();
        assertEquals("", mul.steps(), "an unchanged benchmark has no change point");
    }

    @Test
    void sweepsSayWhatTheExponentMeans() {
        ReportPage.Sweep sweep = fullPage().sweeps().get(0);
        assertEquals("-1.002", sweep.exponent());
        assertEquals("cost per operation ∝ n^1.00 (linear)", sweep.meaning());
        assertEquals("unchanged", sweep.verdict());
    }

    @Test
    void withoutAComparisonTheFloorsAreAppliedFromTheBaselineAndNothingIsJudged() {
        ReportPage page = ReportPages.build(new ReportInputs("sample", ReportFixtures.current(), null, List.of(),
                ReportFixtures.baseline(), List.of()));
        assertEquals("NOT CHECKED", page.status().word());
        assertNull(page.changes());
        assertEquals(1, page.floors().size());
        assertTrue(page.floors().get(0).passed());
        assertTrue(page.categories().get(0).rows().get(0).verdict().isEmpty());
    }

    @Test
    void aSmokeRunIsSaidToBeNoMeasurementAndGetsNoTrend() {
        var smoke = ReportFixtures.current();
        var run = smoke.run();
        var smokeRun = new io.tenflowers.bench.model.ResultsDocument.Run(run.runId(), run.time(), run.durationSeconds(),
                run.git(), run.project(), run.jvm(), run.jmhVersion(), run.os(), run.cpu(), run.memoryBytes(),
                run.machineFingerprint(), run.config(), run.category(), "smoke", run.runLength(), run.forks(),
                run.warmupIterations(), run.measurementIterations(), run.iterationTime(), run.jvmArgs(),
                run.profilers(), run.includes(), run.excludes(), run.environment());
        var document = new io.tenflowers.bench.model.ResultsDocument(smoke.schemaVersion(), smokeRun,
                smoke.benchmarks(), smoke.derived(), smoke.failures());
        ReportPage page = ReportPages.build(new ReportInputs("sample", document, null, List.of(),
                ReportFixtures.baseline(), List.of()));
        assertTrue(page.notices().get(0).text().startsWith("Smoke run"));
        assertTrue(page.trends().isEmpty());
        assertTrue(page.floors().isEmpty(), "floors never judge a smoke run");
        assertTrue(page.trendNote().startsWith("No trend yet"));
    }

    @Test
    void namesAndParametersAreTextNotMarkup() {
        String html = ReportHtml.render(fullPage());
        assertFalse(html.contains(ReportFixtures.XSS), "a benchmark name must never become a script element");
        assertFalse(html.contains("<b>x</b>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("sample <project>"));
        String markdown = SummaryMarkdown.render(fullPage());
        assertFalse(markdown.contains("<script>"));
        assertTrue(markdown.contains("&lt;script&gt;"));
    }

    @Test
    void enginesSideBySideGetATableAndAChartAndTheirNamesStayText() {
        ResultsDocument base = ReportFixtures.current();
        List<ResultsDocument.Benchmark> benchmarks = new java.util.ArrayList<>(base.benchmarks());
        benchmarks.add(engine("tenflowers", 3000, 21));
        benchmarks.add(engine(ReportFixtures.XSS, 1000, 22));
        ResultsDocument results = new ResultsDocument(base.schemaVersion(), base.run(), benchmarks,
                new ResultsDocument.Derived(base.derived().scaling(), base.derived().ratios(),
                        io.tenflowers.bench.results.SideBySideTable.of(
                                new io.tenflowers.bench.model.SideBySideDefinition("engine", "tenflowers"), benchmarks)),
                base.failures());
        ReportPage page = ReportPages.build(new ReportInputs("sample", results, null, List.of(), null, List.of()));
        assertEquals(1, page.sideBySide().size());
        ReportPage.SideBySideRow row = page.sideBySide().get(0).rows().get(0);
        double speedup = Double.parseDouble(row.speedup().substring(0, row.speedup().length() - 1));
        assertTrue(row.speedup().endsWith("×") && speedup > 2.7 && speedup < 3.3, "about 3000 / 1000: " + row);
        assertEquals("improved", row.styleClass(), "the whole interval above 1: tenflowers is faster");
        String html = ReportHtml.render(page);
        assertTrue(html.contains("Side by side: tenflowers vs &lt;script&gt;"), "heading");
        assertFalse(html.contains(ReportFixtures.XSS));
        assertTrue(html.contains("id=\"side-by-side-"), "a section to link to");
        String markdown = SummaryMarkdown.render(page);
        assertTrue(markdown.contains("| Workload | tenflowers | &lt;script&gt;"), markdown);
    }

    /** {@code Peer.w.add[engine=<name>]}, 5 forks around {@code centre} ops/s */
    private static ResultsDocument.Benchmark engine(String name, double centre, long seed) {
        ResultsDocument.Benchmark b = ReportFixtures.benchmark("Peer.w.add[engine=" + name + "]",
                Map.of("engine", name), "ops/s", centre, 5, seed, Map.of());
        return new ResultsDocument.Benchmark(b.id(), "org.example.Peer.w.add", b.params(), b.mode(), b.unit(),
                b.direction(), b.score(), b.error(), b.samples(), null, Map.of(), 5, 2, 3, "500 ms", List.of());
    }

    @Test
    void withoutResultsThePageSaysHowToProduceThem() {
        ReportPage page = ReportPages.build(new ReportInputs("sample", null, null, List.of(), null, List.of()));
        String html = ReportHtml.render(page);
        assertTrue(html.contains("No benchmark results yet"));
        assertTrue(html.contains("mvn verify -Dtenflowers.bench.preset=standard"));
        assertFalse(html.contains("<table"), "no empty table");
    }

    @Test
    void rendersTheSameUnderEveryDefaultLocale() throws Exception {
        for (Locale locale : List.of(Locale.GERMANY, Locale.US)) {
            Locale.setDefault(locale);
            ReportPage page = fullPage();
            Golden.assertGolden("report/report.html", ReportHtml.render(page));
            Golden.assertGolden("report/summary.md", SummaryMarkdown.render(page));
        }
    }
}
