package sample;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Two "engines": quick sleeps 2 ms per operation, slow 4 ms, so quick is about twice as fast on any machine. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class Engines {
    @Param({"quick", "slow"})
    public String engine;

    @Benchmark
    public void work() throws InterruptedException {
        Thread.sleep(engine.equals("quick") ? 2 : 4);
    }
}
