package io.tenflowers.bench.report.chart;

/** The chart drawn instead of a graph when nothing can be drawn: its title and "no data", with the reason. */
final class NoData {
    static final int HEIGHT = 110;

    private NoData() {
    }

    /**
     * @param reason why, as a sentence, e.g. "No benchmark has a finite value."
     */
    static Chart chart(String id, String title, String reason) {
        Canvas canvas = new Canvas();
        canvas.title(title == null ? "" : title, Style.WIDTH - 16);
        canvas.rect(8, Style.PLOT_TOP, Style.WIDTH - 16, HEIGHT - Style.PLOT_TOP - 10, "no-data-frame", null);
        double middle = Style.PLOT_TOP + (HEIGHT - Style.PLOT_TOP - 10) / 2.0;
        canvas.text(Style.WIDTH / 2.0, middle - 3, "no data", "middle", "no-data", null);
        String text = Labels.truncate(reason, Style.WIDTH - 48, Style.FONT);
        canvas.text(Style.WIDTH / 2.0, middle + Style.FONT + 3, text, "middle", "no-data-reason",
                text.equals(reason) ? null : reason);
        return new Chart(id, title, "No data. " + reason, Style.WIDTH, HEIGHT, canvas.shapes());
    }
}
