/**
 * Rendering results for people: today the text summary ({@code summary.txt}). The HTML report goes
 * here: a report model built from {@code results.json}, {@code comparison.json} and the history,
 * SVG chart models, FreeMarker {@code .ftlh} templates (one shared configuration), the Markdown
 * summary. Uses {@code model}, {@code stats} and {@code io}; never Maven (the site report's mojo
 * adapts it).
 */
package io.tenflowers.bench.report;
