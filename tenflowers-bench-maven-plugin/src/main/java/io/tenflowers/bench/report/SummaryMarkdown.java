package io.tenflowers.bench.report;

import io.tenflowers.bench.report.ReportPage.Category;
import io.tenflowers.bench.report.ReportPage.FloorRow;
import io.tenflowers.bench.report.ReportPage.ResultRow;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code summary.md}: the report's summary in GitHub-flavoured Markdown, for a CI job summary
 * ({@code cat summary.md >> $GITHUB_STEP_SUMMARY}). The verdict, the counts, every benchmark that
 * did not stay unchanged, violated floors and failures; the full page is {@code summary.html}.
 * Text from the data is escaped, so a benchmark name cannot inject Markdown or HTML.
 */
public final class SummaryMarkdown {
    private static final String NL = "\n";

    private SummaryMarkdown() {
    }

    /**
     * @param page the report page
     * @return the Markdown text
     */
    public static String render(ReportPage page) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(escape(page.title())).append(" — benchmarks: **").append(page.status().word())
                .append("**").append(NL).append(NL);
        md.append(escape(page.status().text())).append(NL).append(NL);
        page.notices().forEach(n -> md.append("> ").append(escape(n.text())).append(NL).append(NL));
        if (!page.hasResults()) {
            md.append(escape(page.howTo())).append(NL);
            return md.toString();
        }
        md.append(escape(page.summary().line())).append(NL).append(NL);
        List<ResultRow> notable = new ArrayList<>();
        for (Category category : page.categories()) {
            for (ResultRow row : category.rows()) {
                if (!row.verdict().isEmpty() && !row.verdictClass().equals("unchanged")) {
                    notable.add(row);
                }
            }
        }
        if (!notable.isEmpty()) {
            md.append("| Benchmark | Score | Unit | Baseline | Change | Interval | p (adj.) | Verdict |").append(NL);
            md.append("|---|--:|---|--:|--:|---|--:|---|").append(NL);
            for (ResultRow r : notable) {
                md.append("| ").append(escape(r.id())).append(" | ").append(r.score()).append(" | ")
                        .append(escape(r.unit())).append(" | ").append(r.baseline()).append(" | ").append(r.change())
                        .append(" | ").append(r.changeInterval()).append(" | ").append(r.pAdjusted()).append(" | ")
                        .append(r.verdict()).append(" |").append(NL);
            }
            md.append(NL);
        }
        List<FloorRow> violated = page.floors().stream().filter(f -> !f.passed()).toList();
        if (!violated.isEmpty()) {
            md.append("**Floors violated**").append(NL).append(NL);
            for (FloorRow f : violated) {
                md.append("- ").append(escape(f.benchmark())).append(": ").append(escape(f.metric())).append(" is ")
                        .append(f.value()).append(" ").append(escape(f.unit())).append(", expected ")
                        .append(f.limit()).append(f.reason().isEmpty() ? "" : " (" + escape(f.reason()) + ")")
                        .append(NL);
            }
            md.append(NL);
        }
        for (ReportPage.SideBySide sbs : page.sideBySide()) {
            md.append("**").append(escape(sbs.reference())).append(" vs ").append(escape(sbs.other()))
                    .append("** (speed-up: how many times faster ").append(escape(sbs.reference())).append(" is)")
                    .append(NL).append(NL);
            md.append("| Workload | ").append(escape(sbs.reference())).append(" | ").append(escape(sbs.other()))
                    .append(" | Unit | Speed-up | 95 % interval |").append(NL);
            md.append("|---|--:|--:|---|--:|---|").append(NL);
            for (ReportPage.SideBySideRow r : sbs.rows()) {
                md.append("| ").append(escape(r.benchmark())).append(" | ").append(r.reference()).append(" | ")
                        .append(r.other()).append(" | ").append(escape(r.unit())).append(" | ").append(r.speedup())
                        .append(" | ").append(r.interval()).append(" |").append(NL);
            }
            md.append(NL);
        }
        if (!page.failures().isEmpty()) {
            md.append("**Failures**").append(NL).append(NL);
            page.failures().forEach(f -> md.append("- ").append(escape(f.benchmark())).append(" (").append(f.kind())
                    .append("): ").append(escape(f.message())).append(NL));
            md.append(NL);
        }
        md.append("Full report: `summary.html` beside `results.json`.").append(NL);
        return md.toString();
    }

    /** Escapes Markdown's special characters and HTML's angle brackets and ampersand. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
