package io.tenflowers.bench.report;

import io.tenflowers.bench.io.ComparisonJson;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.session.ReportSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the report makes of the files it finds: only a comparison that judged these results is shown. */
class ReportSessionFilesTest {
    @TempDir
    Path dir;

    private ReportSession.Rendered render(List<String> warnings) {
        return ReportSession.render(new ReportSession.Request(dir.resolve("results.json"), dir.resolve("history"),
                dir.resolve("baseline.json"), "sample", warnings::add));
    }

    @Test
    void aComparisonOfAnotherRunIsIgnoredWithAWarning() throws Exception {
        ResultsJson.write(ReportFixtures.current(), dir.resolve("results.json"));
        ComparisonJson.write(ReportFixtures.comparison("20261130T000000Z-other"), dir.resolve("comparison.json"));
        List<String> warnings = new ArrayList<>();
        ReportSession.Rendered rendered = render(warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("it judged run 20261130T000000Z-other, not run "
                + ReportFixtures.current().run().runId()), warnings.get(0));
        assertTrue(rendered.html().contains("NOT CHECKED"), "no verdict of another run is shown");
        assertFalse(rendered.html().contains("class=\"verdict regressed\""));
        assertTrue(rendered.html().contains("it judged run 20261130T000000Z-other"), "the page says so too");
    }

    @Test
    void theComparisonOfTheseResultsIsShown() throws Exception {
        ResultsJson.write(ReportFixtures.current(), dir.resolve("results.json"));
        ComparisonJson.write(ReportFixtures.comparison(ReportFixtures.current().run().runId()),
                dir.resolve("comparison.json"));
        List<String> warnings = new ArrayList<>();
        ReportSession.Rendered rendered = render(warnings);
        assertEquals(List.of(), warnings);
        assertTrue(rendered.html().contains(">FAILED<"));
        assertTrue(rendered.html().contains("class=\"verdict regressed\""));
        assertTrue(rendered.markdown().contains("| regressed |"));
    }

    @Test
    void corruptFilesAreNamedAndLeftOut() throws Exception {
        Files.writeString(dir.resolve("results.json"), "{\"schemaVersion\": 2, \"run\": ");
        List<String> warnings = new ArrayList<>();
        ReportSession.Rendered rendered = render(warnings);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("Results not shown: " + dir.resolve("results.json")), warnings.get(0));
        assertTrue(rendered.html().contains("No benchmark results yet"));
    }

    @Test
    void noResultsIsNotAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        ReportSession.Written written = ReportSession.writeSummaries(new ReportSession.Request(
                dir.resolve("results.json"), null, null, "sample", warnings::add));
        assertEquals(List.of(), warnings);
        assertTrue(Files.readString(written.html()).contains("No benchmark results yet"));
        assertTrue(Files.readString(written.markdown()).contains("No benchmark results yet"));
    }
}
