package io.tenflowers.bench.results;

import io.tenflowers.bench.model.BenchmarkId;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.SideBySideDefinition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SideBySideTableTest {
    private static final SideBySideDefinition ENGINE = new SideBySideDefinition("engine", "ours");

    private static ResultsDocument.Benchmark result(String name, Map<String, String> params, String unit,
                                                    double... forkMeans) {
        List<List<Double>> samples = new ArrayList<>();
        double sum = 0;
        for (double mean : forkMeans) {
            samples.add(List.of(mean, mean));
            sum += mean;
        }
        return new ResultsDocument.Benchmark(BenchmarkId.of(name, params), name, new LinkedHashMap<>(params), "thrpt",
                unit, unit.startsWith("ops/") ? "higher" : "lower", sum / forkMeans.length, null, samples, null,
                Map.of(), forkMeans.length, 1, 2, "1 s", List.of());
    }

    @Test
    void eachOtherValueIsComparedWithTheReferenceOfTheSameWorkload() {
        List<ResultsDocument.SideBySide> rows = SideBySideTable.of(ENGINE, List.of(
                result("a.Peer.add", Map.of("engine", "ours", "size", "10"), "ops/s", 300, 310, 290),
                result("a.Peer.add", Map.of("engine", "theirs", "size", "10"), "ops/s", 100, 105, 95),
                result("a.Peer.add", Map.of("engine", "ours", "size", "20"), "ops/s", 50, 50, 50),
                result("a.Peer.mm", Map.of("engine", "ours"), "ms/op", 2, 2, 2),
                result("a.Peer.mm", Map.of("engine", "theirs"), "ms/op", 1, 1.1, 0.9),
                result("a.Peer.lonely", Map.of("engine", "theirs"), "ops/s", 1, 1, 1)));
        assertEquals(2, rows.size(), "size=20 and lonely have no partner");
        ResultsDocument.SideBySide add = rows.get(0);
        assertEquals("Peer.add[size=10]", add.benchmark());
        assertEquals("theirs", add.other());
        assertEquals(3.0, add.speedup(), 1e-12, "median 300 / median 100");
        assertTrue(add.low() <= 3.0 && 3.0 <= add.high(), add.toString());
        assertEquals(List.of(3, 3), add.forks());
        ResultsDocument.SideBySide mm = rows.get(1);
        assertEquals(0.5, mm.speedup(), 1e-12, "twice the time per op is half the speed");
        assertTrue(mm.low() <= 0.5 && 0.5 <= mm.high() && mm.high() < 1, mm.toString());
    }

    @Test
    void withoutADefinitionThereIsNothing() {
        assertTrue(SideBySideTable.of(null, List.of(result("a.P.x", Map.of("engine", "ours"), "ops/s", 1, 1))).isEmpty());
    }
}
