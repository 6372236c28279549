package sample;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Fails in its set-up unless the fork got the JVM argument of its own @Fork. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = "-Dsample.marker=from-annotation")
@Warmup(iterations = 1, time = 50, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 1, time = 50, timeUnit = TimeUnit.MILLISECONDS)
public class Marked {
    private final double[] data = new double[100];

    @Setup
    public void setup() {
        String marker = System.getProperty("sample.marker");
        if (!"from-annotation".equals(marker)) {
            throw new IllegalStateException("sample.marker is " + marker + ", not from-annotation: @Fork(jvmArgs) was replaced");
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
}
