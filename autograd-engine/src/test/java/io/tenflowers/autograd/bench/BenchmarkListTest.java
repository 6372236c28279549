package io.tenflowers.autograd.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What JMH will run, read from the {@code META-INF/BenchmarkList} its annotation processor wrote:
 * every benchmark is there, named {@code …bench.<Suite>.<group>.<name>} with exactly the groups
 * documented in {@code src/site/markdown/benchmarks.md}, and scores in ops/s.
 */
class BenchmarkListTest {
    private static final String PACKAGE = "io.tenflowers.autograd.bench.";
    private static final Map<String, Set<String>> GROUPS = Map.of(
            "GradientPerformance", Set.of("basic", "activation", "reduction", "complex", "accumulation", "tape", "memory"),
            "PerformanceComparison", Set.of("regression", "memory_usage", "gradient_overhead", "scalability",
                    "accumulation_strategies", "operation_chain"),
            "PeerComparison", Set.of("torch_workloads", "machine"));

    static List<BenchmarkListEntry> entries() throws IOException {
        try (InputStream in = BenchmarkListTest.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            assertNotNull(in, BenchmarkList.BENCHMARK_LIST + " is missing: the JMH annotation processor did not run "
                    + "(it must be on annotationProcessorPaths of default-testCompile)");
            return BenchmarkList.readBenchmarkList(in);
        }
    }

    @Test
    void listsEveryBenchmarkOfEverySuite() throws IOException {
        Set<String> listed = entries().stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = BenchmarkInvoker.benchmarks(GradientPerformance.class, PerformanceComparison.class, PeerComparison.class).keySet()
                .stream().map(name -> PACKAGE + name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, listed);
    }

    @Test
    void suiteAndGroupAreReadFromTheNameWithoutGuessing() throws IOException {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (BenchmarkListEntry entry : entries()) {
            String name = entry.getUsername();
            String[] parts = name.substring(PACKAGE.length()).split("\\.");
            assertEquals(3, parts.length, name + " is not " + PACKAGE + "<Suite>.<group>.<benchmark>");
            groups.computeIfAbsent(parts[0], s -> new TreeSet<>()).add(parts[1]);
        }
        assertEquals(GROUPS.keySet(), groups.keySet());
        GROUPS.forEach((suite, expected) -> assertEquals(new TreeSet<>(expected), groups.get(suite), suite));
    }

    @Test
    void everyBenchmarkReportsThroughputInOpsPerSecondWithOneOperationPerCall() throws IOException {
        for (BenchmarkListEntry entry : entries()) {
            assertEquals(Mode.Throughput, entry.getMode(), entry.getUsername());
            assertEquals(TimeUnit.SECONDS, entry.getTimeUnit().orElse(null), entry.getUsername());
            // Elements/s is derived from the size param, so a call is one operation.
            assertEquals(1, (int) entry.getOperationsPerInvocation().orElse(1), entry.getUsername());
        }
    }

    @Test
    void fullRunSettingsComeFromSuiteDefaults() throws IOException {
        for (BenchmarkListEntry entry : entries()) {
            assertEquals(SuiteDefaults.FORKS, (int) entry.getForks().orElse(-1), entry.getUsername());
            assertEquals(SuiteDefaults.WARMUP_ITERATIONS, (int) entry.getWarmupIterations().orElse(-1), entry.getUsername());
            assertEquals(SuiteDefaults.MEASUREMENT_ITERATIONS, (int) entry.getMeasurementIterations().orElse(-1),
                    entry.getUsername());
            assertEquals(SuiteDefaults.ITERATION_SECONDS + " s", entry.getMeasurementTime().get().toString(), entry.getUsername());
            assertEquals(List.of(SuiteDefaults.HEAP_FLAGS.split(" ")), List.copyOf(entry.getJvmArgsPrepend().get()),
                    entry.getUsername());
        }
    }
}
