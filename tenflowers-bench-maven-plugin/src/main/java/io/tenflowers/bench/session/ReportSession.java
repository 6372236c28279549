package io.tenflowers.bench.session;

import io.tenflowers.bench.io.AtomicFiles;
import io.tenflowers.bench.io.OwnedOutputs;
import io.tenflowers.bench.report.ReportTemplates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
     * Renders the report.
     *
     * @param request what to render
     * @return the page and the summary
     */
    public static Rendered render(Request request) {
        // Replaced by the report model (issue 11, in progress): the page renders what it has.
        String html = ReportTemplates.render("placeholder.ftlh",
                Map.of("title", request.title(), "exists", Files.exists(request.resultsFile())));
        return new Rendered(html, "# " + request.title() + "\n");
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
