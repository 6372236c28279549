package sample;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Refuses, in its set-up, a backend it does not have; runs after Alpha. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class Beta {
    private int[] data;

    @Setup
    public void setup() {
        String backend = System.getProperty("tenflowers.backend", "cpu");
        if (!backend.equals("cpu")) {
            throw new IllegalStateException("No " + backend + " backend here.");
        }
        data = new int[]{1, 2};
    }

    @Benchmark
    public int gpu() {
        return data[0] + data[1];
    }

    @Benchmark
    public int gpu2() {
        return data[0] * data[1];
    }
}
