package sample;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Two benchmarks over three sizes: work linear in the size, so the scaling exponent is near -1. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class Sample {
    @Param({"100", "1000", "10000"})
    public int size;
    private double[] data;

    @Setup
    public void setup() {
        data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = i * 0.5;
        }
    }

    @Benchmark
    public double sum() {
        double total = 0;
        for (double x : data) {
            total += x;
        }
        return total;
    }

    @Benchmark
    public double[] copy() {
        return data.clone();
    }
}
