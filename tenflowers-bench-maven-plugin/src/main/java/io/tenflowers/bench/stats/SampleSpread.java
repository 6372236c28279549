package io.tenflowers.bench.stats;

/**
 * The mean and the sample standard deviation ({@code n − 1} in the denominator) of a few values,
 * computed in two passes (exact enough for the handful of forks or runs the gate sees).
 *
 * @param mean              the mean
 * @param standardDeviation the sample standard deviation
 */
record SampleSpread(double mean, double standardDeviation) {

    /** @param values at least 2 values */
    static SampleSpread of(double[] values) {
        int n = values.length;
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= n;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return new SampleSpread(mean, Math.sqrt(squares / (n - 1)));
    }
}
