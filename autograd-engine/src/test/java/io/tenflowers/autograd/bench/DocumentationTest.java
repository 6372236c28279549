package io.tenflowers.autograd.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * has a row in {@code src/site/markdown/benchmarks.md} with its parameter values, every
 * regression benchmark has exactly one floor in {@code benchmarks/baseline.json} (the floors' one
 * source, read by the baseline gate), and the page's Floors table shows those floors.
 */
class DocumentationTest {
    /** Surefire runs in the module's folder; the site is the parent project's. */
    private static final Path BENCHMARKS_PAGE = Path.of("..", "src", "site", "markdown", "benchmarks.md");
    private static final Path BASELINE = Path.of("benchmarks", "baseline.json");
    private static final String REGRESSION_GROUP = "PerformanceComparison.regression.";

    /** The seed's baseline table, written out independently of baseline.json. */
    private static final Map<String, Double> SEED_FLOORS = Map.of(
            "PerformanceComparison.regression.add[size=1000]", 1000.0,
            "PerformanceComparison.regression.mul[size=1000]", 1000.0,
            "PerformanceComparison.regression.relu[size=10000]", 10000.0,
            "PerformanceComparison.regression.sigmoid[size=10000]", 5000.0,
            "PerformanceComparison.regression.matmul[n=100]", 100.0,
            "PerformanceComparison.regression.neural_network[batch=32]", 50.0);

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
        assertEquals(new TreeMap<>(SEED_FLOORS), floorsByRegressionId(), BASELINE + " should hold the seed's baseline table");
    }

    @Test
    void theFloorsTableOfThePageShowsTheBaselinesFloors() throws IOException {
        Map<String, Double> baseline = floorsByRegressionId();
        Map<String, Double> page = pageFloors();
        assertEquals(baseline.keySet(), page.keySet(),
                "the Floors table of " + BENCHMARKS_PAGE + " should list the benchmark ids of " + BASELINE);
        baseline.forEach((id, minimum) -> assertEquals(minimum, page.get(id),
                "the Floors table of " + BENCHMARKS_PAGE + " shows the floor of " + id + " as " + page.get(id)
                        + " ops/s, but " + BASELINE + " says " + minimum
                        + " (baseline.json is the floors' source: change it there, then on the page)"));
    }

    /**
     * The minimum ops/s of each regression benchmark id, from baseline.json. Each id must be
     * matched by exactly one floor, and each floor must match at least one id.
     */
    private static Map<String, Double> floorsByRegressionId() throws IOException {
        List<JsonObject> floors = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(BASELINE, StandardCharsets.UTF_8)) {
            JsonObject baseline = JsonParser.parseReader(reader).getAsJsonObject();
            assertEquals(1, baseline.get("schemaVersion").getAsInt(), BASELINE + ": schemaVersion");
            for (JsonElement floor : baseline.getAsJsonArray("floors")) {
                floors.add(floor.getAsJsonObject());
            }
        }
        TreeSet<String> regressionIds = new TreeSet<>();
        BenchmarkInvoker.benchmarks(PerformanceComparison.class).forEach((name, method) -> {
            if (name.startsWith(REGRESSION_GROUP)) {
                regressionIds.addAll(BenchmarkInvoker.ids(method));
            }
        });
        Map<String, Double> minimumById = new TreeMap<>();
        for (String id : regressionIds) {
            List<JsonObject> matching = floors.stream()
                    .filter(f -> Pattern.compile(f.get("benchmark").getAsString()).matcher(id).matches())
                    .toList();
            assertEquals(1, matching.size(), BASELINE + ": floors matching " + id);
            JsonObject floor = matching.get(0);
            assertEquals("score", floor.get("metric").getAsString(), BASELINE + ": metric of the floor of " + id);
            assertEquals("ops/s", floor.get("unit").getAsString(), BASELINE + ": unit of the floor of " + id);
            assertTrue(floor.get("maximum").isJsonNull(), BASELINE + ": the floor of " + id + " has a maximum");
            minimumById.put(id, floor.get("minimum").getAsDouble());
        }
        for (JsonObject floor : floors) {
            String regex = floor.get("benchmark").getAsString();
            assertTrue(regressionIds.stream().anyMatch(id -> Pattern.compile(regex).matcher(id).matches()),
                    BASELINE + ": the floor " + regex + " matches no regression benchmark");
        }
        return minimumById;
    }

    /** The rows of the page's "## Floors" section: benchmark id to floor (ops/s). */
    private static Map<String, Double> pageFloors() throws IOException {
        Pattern row = Pattern.compile("^\\| `([^`]+)` \\| ([\\d,]+) \\|");
        Map<String, Double> floors = new TreeMap<>();
        boolean inFloors = false;
        for (String line : Files.readAllLines(BENCHMARKS_PAGE)) {
            if (line.startsWith("## ")) {
                inFloors = line.equals("## Floors");
            } else if (inFloors) {
                Matcher m = row.matcher(line);
                if (m.find()) {
                    floors.put(m.group(1), Double.parseDouble(m.group(2).replace(",", "")));
                }
            }
        }
        assertTrue(!floors.isEmpty(), BENCHMARKS_PAGE + " has no table under a \"## Floors\" heading");
        return floors;
    }
}
