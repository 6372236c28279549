package io.tenflowers.bench.results;

import io.tenflowers.bench.env.MachineInfo;
import io.tenflowers.bench.model.BenchmarkId;
import io.tenflowers.bench.model.Direction;
import io.tenflowers.bench.model.RatioDefinition;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.stats.ScalingFit;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Scaling exponents, ratios, directions and ids. */
class DerivedFiguresTest {
    private static ResultsDocument.Benchmark result(String name, Map<String, String> params, double score,
                                                    Double error) {
        return new ResultsDocument.Benchmark(BenchmarkId.of(name, params), name, new LinkedHashMap<>(params), "thrpt",
                "ops/s", "higher", score, error, List.of(List.of(score)), null,
                Map.of("gc.alloc.rate.norm", new ResultsDocument.Metric("B/op", "lower", 2 * score, null, List.of())),
                1, 0, 1, "1 s", List.of());
    }

    @Test
    void aPowerLawIsRecoveredExactly() {
        // score = 5e6 · n^-3 (n×n matmul throughput), at n = 10, 32, 100, 256
        List<ResultsDocument.Benchmark> results = List.of(10, 32, 100, 256).stream()
                .map(n -> result("io.x.Suite.basic.matmul", Map.of("n", "" + n), 5e6 * Math.pow(n, -3), null))
                .toList();
        List<ResultsDocument.ScalingExponent> fits = ScalingFit.fit(results);
        assertEquals(1, fits.size());
        ResultsDocument.ScalingExponent fit = fits.get(0);
        assertEquals("Suite.basic.matmul", fit.benchmark());
        assertEquals("n", fit.param());
        assertEquals(4, fit.points());
        assertEquals(10, fit.from());
        assertEquals(256, fit.to());
        assertEquals(-3.0, fit.exponent(), 1e-12);
        assertEquals(1.0, fit.rSquared(), 1e-12);
    }

    @Test
    void eachOtherParameterCombinationGetsItsOwnFit() {
        // score = batch^0.5 · micro^-1: sweeping batch at fixed micro gives 0.5, sweeping micro gives -1
        List<ResultsDocument.Benchmark> results = new java.util.ArrayList<>();
        for (int batch : new int[]{4, 8, 16}) {
            for (int micro : new int[]{1, 2}) {
                results.add(result("a.S.acc", Map.of("batch", "" + batch, "micro", "" + micro),
                        Math.sqrt(batch) / micro, null));
            }
        }
        results.add(result("a.S.named", Map.of("kind", "relu"), 3, null)); // not numeric: no fit
        List<ResultsDocument.ScalingExponent> fits = ScalingFit.fit(results);
        assertEquals(5, fits.size());
        assertEquals(List.of("batch", "batch", "micro", "micro", "micro"),
                fits.stream().map(ResultsDocument.ScalingExponent::param).toList());
        assertEquals(0.5, fits.get(0).exponent(), 1e-12);
        assertEquals(Map.of("micro", "1"), fits.get(0).fixedParams());
        assertEquals(-1.0, fits.get(2).exponent(), 1e-12);
        assertNull(fits.get(2).rSquared(), "two points give an exact line: no R²");
    }

    @Test
    void theLeastSquaresSlopeOfNoisyPoints() {
        // v = 1 + 2u + e with e = (+0.1, -0.1, -0.1, +0.1), orthogonal to u: the slope stays 2;
        // SSres = 4 · 0.01, SStot = 2.9² + 1.1² + 0.9² + 3.1² = 20.04
        double[] fit = ScalingFit.leastSquares(new double[]{0, 1, 2, 3}, new double[]{1.1, 2.9, 4.9, 7.1});
        assertEquals(2.0, fit[0], 1e-12);
        assertEquals(1 - 0.04 / 20.04, fit[1], 1e-12);
    }

    @Test
    void ratiosPairEqualParametersAndPropagateErrors() {
        List<ResultsDocument.Benchmark> results = List.of(
                result("a.S.g.forward_backward", Map.of("size", "10"), 50, 5.0),
                result("a.S.g.forward_only", Map.of("size", "10"), 200, 10.0),
                result("a.S.g.forward_backward", Map.of("size", "20"), 30, null),
                result("a.S.g.forward_only", Map.of("size", "20"), 60, 1.0));
        List<ResultsDocument.Ratio> ratios = new RatioDefinition("overhead", "S.g.forward_backward", "S.g.forward_only",
                null).compute(results);
        assertEquals(2, ratios.size());
        assertEquals("S.g.forward_backward[size=10]", ratios.get(0).numerator());
        assertEquals(0.25, ratios.get(0).value(), 1e-12);
        // 0.25 · √(0.1² + 0.05²)
        assertEquals(0.25 * Math.sqrt(0.01 + 0.0025), ratios.get(0).error(), 1e-12);
        assertEquals(0.5, ratios.get(1).value(), 1e-12);
        assertNull(ratios.get(1).error());
        List<ResultsDocument.Ratio> bytes = new RatioDefinition("bytes", "S.g.forward_backward", "S.g.forward_only",
                "gc.alloc.rate.norm").compute(results);
        assertEquals(0.25, bytes.get(0).value(), 1e-12);
        assertEquals(List.of(), new RatioDefinition("x", "S.g.absent", "S.g.forward_only", null).compute(results));
    }

    @Test
    void directionComesFromTheUnit() {
        assertEquals(Direction.HIGHER_IS_BETTER, Direction.ofUnit("ops/s"));
        assertEquals(Direction.HIGHER_IS_BETTER, Direction.ofUnit("ops/ms"));
        assertEquals(Direction.LOWER_IS_BETTER, Direction.ofUnit("us/op"));
        assertEquals(Direction.LOWER_IS_BETTER, Direction.ofUnit("B/op"));
        assertEquals(Direction.INFORMATIONAL, Direction.ofUnit("MB/sec"));
        assertEquals(Direction.INFORMATIONAL, Direction.ofUnit("counts"));
        assertEquals(Direction.INFORMATIONAL, Direction.ofUnit(null));
    }

    @Test
    void idsDropThePackageAndSortParameters() {
        assertEquals("GradientPerformance.basic.add[size=10]", BenchmarkId.of(
                "io.tenflowers.autograd.bench.GradientPerformance.basic.add", Map.of("size", "10")));
        assertEquals("PerformanceComparison.accumulation.run[batch=8,micro=2]", BenchmarkId.of(
                "io.tenflowers.autograd.bench.PerformanceComparison.accumulation.run",
                new LinkedHashMap<>(Map.of("micro", "2", "batch", "8"))));
        assertEquals("lower.case", BenchmarkId.withoutPackage("a.b.lower.case"));
        assertEquals("Top.m", BenchmarkId.of("Top.m", Map.of()));
    }

    @Test
    void javaMajorVersions() {
        assertEquals(17, MachineInfo.majorVersion("17.0.15"));
        assertEquals(8, MachineInfo.majorVersion("1.8.0_402"));
        assertEquals(25, MachineInfo.majorVersion("25"));
        assertNull(MachineInfo.majorVersion(null));
    }
}
