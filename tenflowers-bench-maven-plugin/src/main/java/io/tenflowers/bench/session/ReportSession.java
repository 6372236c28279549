package io.tenflowers.bench.session;

import io.tenflowers.bench.io.AtomicFiles;
import io.tenflowers.bench.io.BaselineFile;
import io.tenflowers.bench.io.BaselineFileException;
import io.tenflowers.bench.io.ComparisonJson;
import io.tenflowers.bench.io.HistoryReader;
import io.tenflowers.bench.io.OwnedOutputs;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.report.ReportHtml;
import io.tenflowers.bench.report.ReportInputs;
import io.tenflowers.bench.report.ReportPages;
import io.tenflowers.bench.report.ReportPage;
import io.tenflowers.bench.report.SummaryMarkdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The benchmark report without Maven: reads {@code results.json}, the {@code comparison.json} beside
 * it (only when it judged these results), the stored history and the baseline's floors, and renders
 * the HTML page and the Markdown summary. The site report, the {@code report} goal, {@code bench}
 * (with {@code summary} on) and {@code check-baseline} all come through here, so they show the same.
 */
public final class ReportSession {
    private ReportSession() {
    }

    /**
     * What to render.
     *
     * @param resultsFile      the run's {@code results.json}; missing → a page that says how to produce it
     * @param historyDirectory the stored history of runs for the trend charts, or null
     * @param baselineFile     the baseline, for its floors and noise bands, or null
     * @param title            the page's title, e.g. the project's name
     * @param warnings         receives one line per input that was ignored, and why
     */
    public record Request(Path resultsFile, Path historyDirectory, Path baselineFile, String title,
                          Consumer<String> warnings) {
    }

    /**
     * @param html     the standalone page (inline CSS and SVG, no external request)
     * @param markdown the summary in Markdown, for a CI job summary
     */
    public record Rendered(String html, String markdown) {
    }

    /**
     * @param html     where the page was written
     * @param markdown where the Markdown summary was written, or null
     */
    public record Written(Path html, Path markdown) {
    }

    /**
     * Renders the report. Inputs that cannot be used are left out with a warning (to
     * {@link Request#warnings()} and at the top of the page); rendering itself never fails on data.
     *
     * @param request what to render
     * @return the page and the summary
     */
    public static Rendered render(Request request) {
        List<String> notices = new ArrayList<>();
        Consumer<String> warn = line -> {
            notices.add(line);
            request.warnings().accept(line);
        };
        ResultsDocument results = readResults(request.resultsFile(), warn);
        ComparisonDocument comparison = results == null ? null : readComparison(request.resultsFile(), results, warn);
        BaselineDocument baseline = readBaseline(request.baselineFile(), warn);
        List<ReportInputs.HistoryRun> history = new ArrayList<>();
        if (results != null && request.historyDirectory() != null) {
            List<HistoryReader.Entry> entries = HistoryReader.read(request.historyDirectory(), warn);
            for (HistoryReader.Entry entry : HistoryReader.comparableWith(entries, results)) {
                history.add(new ReportInputs.HistoryRun(entry.results(), entry.comparison()));
            }
        }
        ReportPage page = ReportPages.build(new ReportInputs(request.title(), results, comparison, history, baseline,
                notices));
        return new Rendered(ReportHtml.render(page), SummaryMarkdown.render(page));
    }

    private static ResultsDocument readResults(Path file, Consumer<String> warn) {
        if (!Files.exists(file)) {
            return null; // the page says how to produce results; no warning needed
        }
        try {
            return ResultsJson.readForReport(file);
        } catch (BaselineFileException e) {
            warn.accept("Results not shown: " + e.getMessage());
            return null;
        }
    }

    /** The comparison beside the results, only if it judged exactly these results. */
    private static ComparisonDocument readComparison(Path resultsFile, ResultsDocument results,
                                                     Consumer<String> warn) {
        Path file = resultsFile.resolveSibling(OwnedOutputs.COMPARISON);
        if (!Files.exists(file)) {
            return null;
        }
        ComparisonDocument comparison;
        try {
            comparison = ComparisonJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            warn.accept("Ignored " + file + ": not a readable comparison.json (" + e.getMessage() + ").");
            return null;
        }
        if (comparison == null || !Objects.equals(comparison.resultsRunId(), results.run().runId())) {
            warn.accept("Ignored " + file + ": it judged run " + (comparison == null ? "?" : comparison.resultsRunId())
                    + ", not run " + results.run().runId() + " of " + resultsFile.getFileName()
                    + " (run check-baseline again to judge these results).");
            return null;
        }
        return comparison;
    }

    private static BaselineDocument readBaseline(Path file, Consumer<String> warn) {
        if (file == null || !Files.exists(file)) {
            return null;
        }
        try {
            return BaselineFile.read(file);
        } catch (BaselineFileException e) {
            warn.accept("Floors not shown: " + e.getMessage());
            return null;
        }
    }

    /**
     * Writes the page to {@code htmlFile} (atomically; the directory is created).
     *
     * @param request  what to render
     * @param htmlFile where the page goes
     * @return what was written
     * @throws IOException if it cannot be written
     */
    public static Written writePage(Request request, Path htmlFile) throws IOException {
        Rendered rendered = render(request);
        AtomicFiles.write(htmlFile, rendered.html());
        return new Written(htmlFile, null);
    }

    /**
     * Writes {@code summary.html} and {@code summary.md} beside the results.
     *
     * @param request what to render
     * @return what was written
     * @throws IOException if they cannot be written
     */
    public static Written writeSummaries(Request request) throws IOException {
        Rendered rendered = render(request);
        Path html = request.resultsFile().resolveSibling(OwnedOutputs.SUMMARY_HTML);
        Path markdown = request.resultsFile().resolveSibling(OwnedOutputs.SUMMARY_MARKDOWN);
        AtomicFiles.write(html, rendered.html());
        AtomicFiles.write(markdown, rendered.markdown());
        return new Written(html, markdown);
    }
}
