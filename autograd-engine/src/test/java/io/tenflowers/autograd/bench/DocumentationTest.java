package io.tenflowers.autograd.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Baselines key on benchmark ids, so the documented ids must be the real ones: every benchmark
 * has a row in {@code src/site/markdown/benchmarks.md} with its parameter values, and every
 * regression benchmark has a floor in {@code benchmarks/floors.md}.
 */
class DocumentationTest {
    /** Surefire runs in the module's folder; the site is the parent project's. */
    private static final Path BENCHMARKS_PAGE = Path.of("..", "src", "site", "markdown", "benchmarks.md");
    private static final Path FLOORS = Path.of("benchmarks", "floors.md");

    @Test
    void everyBenchmarkIsDocumentedWithItsParameterValues() throws IOException {
        List<String> lines = Files.readAllLines(BENCHMARKS_PAGE);
        for (Map.Entry<String, Method> benchmark : BenchmarkInvoker.benchmarks(GradientPerformance.class,
                PerformanceComparison.class).entrySet()) {
            String rowStart = "| `" + benchmark.getKey() + "`";
            String row = lines.stream().filter(l -> l.startsWith(rowStart)).findFirst().orElse(null);
            assertTrue(row != null, BENCHMARKS_PAGE + " has no table row starting with " + rowStart);
            BenchmarkInvoker.params(benchmark.getValue()).forEach((name, values) -> {
                String documented = "`" + name + "` ∈ {" + String.join(", ", values) + "}";
                assertTrue(row.contains(documented), "the row of " + benchmark.getKey() + " should say " + documented);
            });
        }
    }

    @Test
    void everyRegressionBenchmarkHasTheSeedsFloor() throws IOException {
        Pattern row = Pattern.compile("^\\| `(PerformanceComparison\\.regression\\.[^`]+)` \\| (\\d+) \\|");
        Map<String, Integer> floors = new TreeMap<>();
        for (String line : Files.readAllLines(FLOORS)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                floors.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        TreeSet<String> regressionIds = new TreeSet<>();
        BenchmarkInvoker.benchmarks(PerformanceComparison.class).forEach((name, method) -> {
            if (name.startsWith("PerformanceComparison.regression.")) {
                regressionIds.addAll(BenchmarkInvoker.ids(method));
            }
        });
        assertEquals(regressionIds, floors.keySet());
        assertEquals(Map.of(
                "PerformanceComparison.regression.add[size=1000]", 1000,
                "PerformanceComparison.regression.mul[size=1000]", 1000,
                "PerformanceComparison.regression.relu[size=10000]", 10000,
                "PerformanceComparison.regression.sigmoid[size=10000]", 5000,
                "PerformanceComparison.regression.matmul[n=100]", 100,
                "PerformanceComparison.regression.neural_network[batch=32]", 50), floors, "the seed's baseline table");
    }
}
