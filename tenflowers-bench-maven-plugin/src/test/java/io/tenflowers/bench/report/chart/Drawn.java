package io.tenflowers.bench.report.chart;

import java.util.List;

/** Finds shapes in a chart by class, for geometry assertions. */
final class Drawn {
    private Drawn() {
    }

    static <T extends Shape> List<T> all(Chart chart, Class<T> type, String styleClass) {
        return chart.shapes().stream().filter(type::isInstance).map(type::cast)
                .filter(shape -> List.of(shape.styleClass().split(" ")).containsAll(List.of(styleClass.split(" "))))
                .toList();
    }

    /** Like {@link #all}, without the legend's samples. */
    static <T extends Shape> List<T> data(Chart chart, Class<T> type, String styleClass) {
        return all(chart, type, styleClass).stream().filter(shape -> !shape.styleClass().contains("legend")).toList();
    }

    /** @return the tick label {@code text} of the horizontal axis (labels there are centred on their tick) */
    static Shape.Text xTick(Chart chart, String text) {
        return all(chart, Shape.Text.class, "tick-label").stream()
                .filter(shape -> shape.text().equals(text) && shape.anchor().equals("middle")).findFirst().orElseThrow();
    }

    /** @return the tick label {@code text} of the vertical axis (labels there end at their tick) */
    static Shape.Text yTick(Chart chart, String text) {
        return all(chart, Shape.Text.class, "tick-label").stream()
                .filter(shape -> shape.text().equals(text) && shape.anchor().equals("end")).findFirst().orElseThrow();
    }

    static <T extends Shape> T only(Chart chart, Class<T> type, String styleClass) {
        List<T> found = all(chart, type, styleClass);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " of class '" + styleClass + "', found "
                    + found.size() + ": " + found);
        }
        return found.get(0);
    }

    /** @return the text shape whose text is exactly {@code text} */
    static Shape.Text text(Chart chart, String text) {
        List<Shape.Text> found = chart.shapes().stream().filter(Shape.Text.class::isInstance).map(Shape.Text.class::cast)
                .filter(shape -> shape.text().equals(text)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one text '" + text + "', found " + found.size());
        }
        return found.get(0);
    }

    static List<String> texts(Chart chart, String styleClass) {
        return all(chart, Shape.Text.class, styleClass).stream().map(Shape.Text::text).toList();
    }

    static double d(String coordinate) {
        return Double.parseDouble(coordinate);
    }
}
