package sample;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Sleeps: its time does not depend on how busy the machine is, so the scenario is never flaky. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class Sleepy {
    /** compare-slowdown's setup.groovy doubles it in the working tree's commit. */
    static final long SLEEP_MILLIS = 2;

    @Benchmark
    public void sleep() throws InterruptedException {
        Thread.sleep(SLEEP_MILLIS);
    }
}
