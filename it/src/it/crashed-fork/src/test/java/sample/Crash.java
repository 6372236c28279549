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

/** Its fork halts the JVM, as a native crash or an out-of-memory kill would end it. */
@State(Scope.Thread)
public class Crash {
    @Benchmark
    public int die() {
        System.out.println("about to halt");
        Runtime.getRuntime().halt(3);
        return 0;
    }
}
