package sample.lib;

/** Library code without benchmarks. */
public final class Numbers {
    private Numbers() {
    }

    public static double sum(double[] values) {
        double total = 0;
        for (double x : values) {
            total += x;
        }
        return total;
    }
}
