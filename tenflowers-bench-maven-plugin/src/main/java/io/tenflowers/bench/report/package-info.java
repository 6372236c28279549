/**
 * Rendering results for people: the text summary ({@code summary.txt}), and the report — a
 * {@link io.tenflowers.bench.report.ReportPage} model built by
 * {@link io.tenflowers.bench.report.ReportPages} from {@code results.json}, the
 * {@code comparison.json} that judged it, the comparable history and the baseline's floors, laid out
 * by the FreeMarker template {@code report.ftlh} (one shared configuration,
 * {@link io.tenflowers.bench.report.ReportTemplates}) and summarised in Markdown
 * ({@link io.tenflowers.bench.report.SummaryMarkdown}). Charts are a small SVG model in
 * {@code report.chart}, which knows only numbers and words. Uses {@code model}, {@code stats},
 * {@code io} and {@code baseline} (floors); never Maven (the site report's mojo adapts it).
 */
package io.tenflowers.bench.report;
