package io.tenflowers.bench.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart ready to render: every shape's geometry in SVG user units inside a {@code width × height}
 * view box. The {@code charts.ftlh} macro {@code svg} writes it as inline SVG whose accessible name
 * is {@code title} and whose accessible description is {@code description} (for a screen reader,
 * the description says what the picture shows in words).
 *
 * @param id          the chart's element id, made safe on construction: lower case {@code [a-z0-9-]}
 *                    (runs of other characters become one {@code -}; empty → {@code chart}). The
 *                    title and description elements get {@code id + "-title"} and {@code id + "-desc"},
 *                    so ids of different charts on one page must differ
 * @param title       the chart's title (drawn at the top and read as its name)
 * @param description what the chart shows, in sentences, including what was left out and why
 * @param width       view box width
 * @param height      view box height
 * @param shapes      the drawing, back to front
 */
public record Chart(String id, String title, String description, int width, int height, List<Shape> shapes) {
    public Chart {
        id = Ids.safe(id);
        title = Objects.requireNonNullElse(title, "");
        description = Objects.requireNonNullElse(description, "");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A chart needs a positive size, got " + width + "×" + height);
        }
        shapes = List.copyOf(shapes);
    }

    /** @return the id of the {@code <title>} element, the first half of {@code aria-labelledby} */
    public String titleId() {
        return id + "-title";
    }

    /** @return the id of the {@code <desc>} element, the second half of {@code aria-labelledby} */
    public String descId() {
        return id + "-desc";
    }
}
