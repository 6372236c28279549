package io.tenflowers.bench.report.chart;

import io.tenflowers.bench.report.ReportTemplates;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The {@code charts.ftlh} macro: what it writes for a chart, that caller text comes out escaped,
 * and golden files of the four charts from fixed inputs under two default locales. Regenerate
 * after an intended change with {@code -Dgolden.update=true} and review the diff (and the preview
 * page written to {@code target/chart-preview/charts.html}).
 */
class ChartTemplateTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/charts");

    static String render(Chart chart) {
        return ReportTemplates.render("charts.ftlh", Map.of("chart", chart));
    }

    static Map<String, Chart> goldenCharts() {
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("throughput", ChartFixtures.throughput());
        charts.put("change", ChartFixtures.change());
        charts.put("scaling", ChartFixtures.scaling());
        charts.put("trend", ChartFixtures.trend());
        return charts;
    }

    @Test
    void goldenChartsAreTheSameInEveryLocale() throws IOException {
        Locale original = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.GERMANY, Locale.US)) {
                Locale.setDefault(locale);
                for (Map.Entry<String, Chart> chart : goldenCharts().entrySet()) {
                    assertGolden(chart.getKey() + ".svg", render(chart.getValue()));
                }
            }
        } finally {
            Locale.setDefault(original);
        }
        writePreview();
    }

    @Test
    void theGoldenCheckCatchesAMovedPoint() throws IOException {
        assumeFalse(Boolean.getBoolean("golden.update"), "the golden files are being rewritten");
        String rendered = render(ChartFixtures.scaling());
        String moved = rendered.replaceFirst("d=\"M(\\d)", "d=\"M9$1"); // one coordinate of one marker, 9 prefixed
        assertFalse(moved.equals(rendered));
        assertThrows(AssertionFailedError.class, () -> assertGolden("scaling.svg", moved));
    }

    @Test
    void everyChartIsWellFormedSvgWithTitleAndDescriptionFirst() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Chart chart : goldenCharts().values()) {
            Document svg = factory.newDocumentBuilder().parse(new InputSource(new StringReader(render(chart))));
            Element root = svg.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals(chart.id() + "-title " + chart.id() + "-desc", root.getAttribute("aria-labelledby"));
            assertEquals(chart.title(), root.getElementsByTagName("title").item(0).getTextContent());
            assertEquals(chart.description(), root.getElementsByTagName("desc").item(0).getTextContent());
            assertEquals(chart.shapes().size(), root.getChildNodes().getLength() - textNodes(root) - 2,
                    "one element per shape");
        }
    }

    private static int textNodes(Element root) {
        int count = 0;
        for (int i = 0; i < root.getChildNodes().getLength(); i++) {
            count += root.getChildNodes().item(i).getNodeType() == Node.TEXT_NODE ? 1 : 0;
        }
        return count;
    }

    @Test
    void theSvgIsTitledForScreenReadersAndSizedByItsViewBox() {
        Chart chart = new Chart("Run 1: Throughput", "Throughput", "Two bars.", 880, 200, List.of());
        String svg = render(chart);
        assertTrue(svg.contains("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" id=\"run-1-throughput\" "
                + "viewBox=\"0 0 880 200\" width=\"100%\" style=\"max-width: 880px\" preserveAspectRatio=\"xMinYMin meet\" "
                + "role=\"img\" aria-labelledby=\"run-1-throughput-title run-1-throughput-desc\">"), svg);
        assertTrue(svg.contains("<title id=\"run-1-throughput-title\">Throughput</title>"), svg);
        assertTrue(svg.contains("<desc id=\"run-1-throughput-desc\">Two bars.</desc>"), svg);
    }

    @Test
    void everyKindOfShapeIsWrittenFromItsRecordComponents() {
        // FreeMarker 2.3.35 with VERSION_2_3_34 exposes record components (and kind(), rotated()) as properties.
        Chart chart = new Chart("k", "t", "d", 100, 100, List.of(
                new Shape.Rect("1.0", "2.0", "3.0", "4.0", "bar", null),
                new Shape.Line("1.0", "2.0", "3.0", "4.0", "grid", "a line"),
                new Shape.Circle("5.0", "6.0", "3.5", "point", null),
                new Shape.Polyline("1.0,2.0 3.0,4.0", "trend-line", null),
                new Shape.Path("M1.0 2.0L3.0 4.0Z", "point flagged", "flagged by the gate"),
                new Shape.Text("10.0", "20.0", "size", "middle", "-90", "axis-label", null)));
        String svg = render(chart);
        assertTrue(svg.contains("<rect x=\"1.0\" y=\"2.0\" width=\"3.0\" height=\"4.0\" class=\"bar\"/>"), svg);
        assertTrue(svg.contains("<line x1=\"1.0\" y1=\"2.0\" x2=\"3.0\" y2=\"4.0\" class=\"grid\"><title>a line</title></line>"), svg);
        assertTrue(svg.contains("<circle cx=\"5.0\" cy=\"6.0\" r=\"3.5\" class=\"point\"/>"), svg);
        assertTrue(svg.contains("<polyline points=\"1.0,2.0 3.0,4.0\" class=\"trend-line\"/>"), svg);
        assertTrue(svg.contains("<path d=\"M1.0 2.0L3.0 4.0Z\" class=\"point flagged\"><title>flagged by the gate</title></path>"), svg);
        assertTrue(svg.contains("<text x=\"10.0\" y=\"20.0\" text-anchor=\"middle\" transform=\"rotate(-90 10.0 20.0)\" "
                + "class=\"axis-label\">size</text>"), svg);
    }

    @Test
    void callerTextIsEscapedEverywhere() {
        String evil = "<script>alert(1)</script>";
        Chart bars = IntervalBarChart.of(evil, evil, evil, List.of(new IntervalBar(evil, 5, 4.0, 6.0, evil)));
        Chart change = ChangeChart.of("c", evil, List.of(new ChangeBar(evil, 0.1, 0.0, 0.2, 0.05, evil)));
        Chart trend = TrendChart.of("t", evil, evil, List.of(new TrendPoint(evil, 1.0, null, null, true),
                new TrendPoint("\"quoted\" & <b>", 2.0, null, null, false)), List.of());
        for (Chart chart : List.of(bars, change, trend)) {
            String svg = render(chart);
            assertFalse(svg.contains("<script"), svg);
            assertFalse(svg.contains("<b>"), svg);
            assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), svg);
        }
        assertEquals("script-alert-1-script", bars.id());
        assertTrue(render(trend).contains("&quot;quoted&quot; &amp; &lt;b&gt;"));
    }

    @Test
    void theStylesDefineEveryClassTheGoldenChartsUse() {
        String styles = ReportTemplates.render("chart-styles.ftlh", Map.of());
        assertTrue(styles.startsWith("<style>"), styles);
        for (Chart chart : goldenCharts().values()) {
            for (Shape shape : chart.shapes()) {
                for (String styleClass : shape.styleClass().split(" ")) {
                    assertTrue(styles.contains("." + styleClass + " ") || styles.contains("." + styleClass + ",")
                                    || styles.contains("." + styleClass + "."),
                            "chart-styles.ftlh has no rule for ." + styleClass);
                }
            }
        }
        for (String verdict : List.of("regressed", "improved", "unchanged", "insufficient", "new", "missing", "not-judged")) {
            assertTrue(styles.contains("svg.chart ." + verdict + " {"), verdict);
        }
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path source = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(source), "missing golden file " + source + "; create it with -Dgolden.update=true");
        assertEquals(Files.readString(source, StandardCharsets.UTF_8), actual,
                name + " in " + Locale.getDefault() + " (after an intended change: -Dgolden.update=true, then review the diff)");
    }

    /** One page with the styles and the four charts, to look at in a browser. */
    private static void writePreview() throws IOException {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Charts</title>")
                .append(ReportTemplates.render("chart-styles.ftlh", Map.of()))
                .append("<style>body{font-family:sans-serif;margin:24px;max-width:1232px}</style></head><body>");
        for (Chart chart : goldenCharts().values()) {
            page.append(render(chart));
        }
        page.append(render(IntervalBarChart.of("empty", "An empty chart", "throughput (ops/s)", List.of())));
        Path preview = Path.of("target/chart-preview/charts.html");
        Files.createDirectories(preview.getParent());
        Files.writeString(preview, page.append("</body></html>\n").toString(), StandardCharsets.UTF_8);
    }
}
