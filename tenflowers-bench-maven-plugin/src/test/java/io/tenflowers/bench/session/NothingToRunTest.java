package io.tenflowers.bench.session;

import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.options.RawOptions;
import io.tenflowers.bench.run.BenchmarkRunException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module without JMH is skipped with one line; one that uses JMH but has nothing to run fails saying why. */
class NothingToRunTest {
    private final List<String> lines = new ArrayList<>();

    private BenchOutcome execute(Path module) throws Exception {
        RawOptions options = new RawOptions(null, null, null, null, null, null, null, null, null, null, null, null,
                module.resolve("target/benchmark_results"), null, false);
        BenchRequest request = new BenchRequest(options, Map.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(module.resolve("target/test-classes"), module.resolve("target/classes")), module,
                new ResultsDocument.Project("g", "a", "1"), Path.of("java"), Duration.ZERO, true,
                List.of(module.resolve("src/test/java")), null, List.of(), null);
        return new BenchSession(lines::add, lines::add, lines::add).execute(request);
    }

    private static void benchmarkSource(Path module) throws Exception {
        Path sources = Files.createDirectories(module.resolve("src/test/java/sample"));
        Files.writeString(sources.resolve("Sum.java"), "package sample;\nimport org.openjdk.jmh.annotations.Benchmark;\n"
                + "public class Sum { @Benchmark public int sum() { return 1; } }\n");
    }

    @Test
    void noJmhAtAllIsSkippedWithOneLine(@TempDir Path module) throws Exception {
        BenchOutcome outcome = execute(module);
        assertEquals("No JMH benchmarks in this module (no jmh-core on its test classpath, no @Benchmark in its test "
                + "sources): nothing to benchmark, skipping.", outcome.skipped());
        assertNull(outcome.document());
    }

    @Test
    void benchmarksNotYetCompiledFailSayingHowToRunTheGoal(@TempDir Path module) throws Exception {
        benchmarkSource(module);
        BenchmarkRunException e = assertThrows(BenchmarkRunException.class, () -> execute(module));
        assertEquals("This module has JMH benchmarks, but its test classes are not compiled ("
                + module.resolve("target/test-classes") + " does not exist). The bench goal runs what test-compile "
                + "produced: run it in a build that compiles them, e.g. `mvn verify`, or "
                + "`mvn test-compile tenflowers-bench:bench`.", e.getMessage());
    }

    @Test
    void compiledBenchmarksWithoutABenchmarkListNameTheAnnotationProcessor(@TempDir Path module) throws Exception {
        benchmarkSource(module);
        Files.createDirectories(module.resolve("target/test-classes/sample"));
        BenchmarkRunException e = assertThrows(BenchmarkRunException.class, () -> execute(module));
        assertTrue(e.getMessage().startsWith("This module uses JMH (@Benchmark methods in its test sources) but "
                + module.resolve("target/test-classes") + " has no META-INF/BenchmarkList: JMH's annotation processor "
                + "did not run."), e.getMessage());
        assertTrue(e.getMessage().contains("<artifactId>jmh-generator-annprocess</artifactId>"), e.getMessage());
        assertTrue(e.getMessage().contains("<id>default-testCompile</id>"), e.getMessage());
    }
}
