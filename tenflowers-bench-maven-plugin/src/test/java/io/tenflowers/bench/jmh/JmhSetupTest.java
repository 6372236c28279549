package io.tenflowers.bench.jmh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JmhSetupTest {
    private static final String BENCHMARK_SOURCE = "import org.openjdk.jmh.annotations.Benchmark;\n"
            + "class Sum { @Benchmark public int sum() { return 1; } }\n";

    @Test
    void aModuleWithoutAnyJmhHasNothingToBenchmark(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/test/java"));
        Files.writeString(sources.resolve("PlainTest.java"), "class PlainTest { }\n");
        JmhSetup setup = JmhSetup.survey(dir.resolve("target/test-classes"), dir.resolve("target/classes"),
                BenchmarkClasspath.of(List.of()), List.of(sources));
        assertTrue(setup.noJmhAtAll());
    }

    @Test
    void benchmarkSourcesWithoutCompiledClassesAreJmhNotYetCompiled(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/test/java"));
        Files.writeString(sources.resolve("Sum.java"), BENCHMARK_SOURCE);
        JmhSetup setup = JmhSetup.survey(dir.resolve("target/test-classes"), dir.resolve("target/classes"),
                BenchmarkClasspath.of(List.of()), List.of(sources, dir.resolve("no-such-root")));
        assertFalse(setup.noJmhAtAll());
        assertTrue(setup.benchmarkSources());
        assertFalse(setup.testClassesCompiled());
        assertNull(setup.benchmarkList());
    }

    @Test
    void theBenchmarkListIsFoundInTheTestClasses(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("target/test-classes/META-INF/BenchmarkList");
        Files.createDirectories(list.getParent());
        Files.writeString(list, "JMH S 3 Sum");
        JmhSetup setup = JmhSetup.survey(dir.resolve("target/test-classes"), dir.resolve("target/classes"),
                BenchmarkClasspath.of(List.of()), List.of());
        assertNotNull(setup.benchmarkList());
        assertTrue(setup.testClassesCompiled());
        assertFalse(setup.noJmhAtAll());
    }
}
