package sample;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Refuses, in its set-up, a backend it does not have, as the engine does for config gpu. Four
 * benchmarks: the run must stop after the first ({@code add}, JMH runs them in name order).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class Engine {
    private int[] data;

    @Setup
    public void setup() {
        String backend = System.getProperty("tenflowers.backend", "cpu");
        if (!backend.equals("cpu")) {
            throw new IllegalStateException("No GPU backend in this engine: tenflowers.backend=" + backend
                    + " cannot run here. Use -Dtenflowers.bench.config=release.");
        }
        data = new int[]{1, 2, 3};
    }

    @Benchmark
    public int add() {
        return data[0] + data[1];
    }

    @Benchmark
    public int mul() {
        return data[1] * data[2];
    }

    @Benchmark
    public int neg() {
        return -data[0];
    }

    @Benchmark
    public int sub() {
        return data[2] - data[0];
    }
}
