package sample;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Two fast benchmarks and one slow one (they only differ by name). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class Sample {
    private final double[] data = new double[100];

    @Benchmark
    public double fastSum() {
        double total = 0;
        for (double x : data) {
            total += x;
        }
        return total;
    }

    @Benchmark
    public double fastMax() {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : data) {
            max = Math.max(max, x);
        }
        return max;
    }

    @Benchmark
    public double slowSum() {
        double total = 0;
        for (double x : data) {
            total += x;
        }
        return total;
    }
}
