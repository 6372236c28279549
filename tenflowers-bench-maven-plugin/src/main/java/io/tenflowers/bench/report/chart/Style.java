package io.tenflowers.bench.report.chart;

/**
 * Sizes shared by every chart. The font sizes must match {@code chart-styles.ftlh}: labels are
 * measured with them. A chart is drawn {@value #WIDTH} units wide and shown at most that many CSS
 * pixels wide, so at 1 280 px a unit is a pixel and no text is under 11 px.
 */
final class Style {
    static final int WIDTH = 880;
    static final double FONT = 12;
    static final double TITLE_FONT = 15;
    static final double AXIS_LABEL_FONT = 13;
    static final double SMALL_FONT = 11;
    /** Baseline of the title. */
    static final double TITLE_Y = 20;
    /** Top of the plot below the title. */
    static final double PLOT_TOP = 40;
    /** Room under the plot for tick labels and the axis label. */
    static final double X_AXIS_ROOM = 50;
    static final double TICK_LENGTH = 5;

    private Style() {
    }
}
