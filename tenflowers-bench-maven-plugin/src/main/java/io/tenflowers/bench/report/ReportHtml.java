package io.tenflowers.bench.report;

import java.util.Map;

/** The report as one standalone HTML page ({@code report.ftlh}). */
public final class ReportHtml {
    private ReportHtml() {
    }

    /**
     * @param page the page's contents
     * @return a complete HTML document: inline CSS and SVG, no script, no external request
     */
    public static String render(ReportPage page) {
        return ReportTemplates.render("report.ftlh", Map.of("page", page));
    }
}
