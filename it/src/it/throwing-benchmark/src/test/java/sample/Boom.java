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

/** {@code boom} throws at one size; everything else succeeds. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class Boom {
    @Param({"10", "100"})
    public int size;

    @Benchmark
    public int boom() {
        if (size == 100) {
            throw new ArithmeticException("boom at size " + size);
        }
        return size * 2;
    }

    @Benchmark
    public int fine() {
        return size + 1;
    }
}
