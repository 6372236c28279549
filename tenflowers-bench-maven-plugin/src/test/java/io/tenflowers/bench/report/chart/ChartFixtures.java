package io.tenflowers.bench.report.chart;

import java.util.ArrayList;
import java.util.List;

/** Fixed inputs of the golden charts, shaped like the engine's results. */
final class ChartFixtures {
    private ChartFixtures() {
    }

    static Chart throughput() {
        return IntervalBarChart.of("throughput", "Throughput per benchmark", "throughput (ops/s)", List.of(
                new IntervalBar("ElementwiseBench.add[size=1000]", 1_020_000, 985_000.0, 1_050_000.0, null),
                new IntervalBar("ElementwiseBench.mul[size=1000]", 948_000, 901_000.0, 990_000.0, null),
                new IntervalBar("ReductionBench.sumAll[size=100000]", 41_300, 40_100.0, 42_800.0, "regressed"),
                new IntervalBar("MatmulBench.matmul[size=64]", 8_130, 7_700.0, 8_560.0, null),
                new IntervalBar("TrainingStepBench.mlpForwardBackwardWithAdamOptimizer[batch=256,hidden=1024]", 212,
                        196.0, 229.0, null),
                new IntervalBar("ConvBench.conv2d[size=32]", 1_540, null, null, null)));
    }

    static Chart change() {
        return ChangeChart.of("change", "Change against baseline 20250102T030405Z", List.of(
                new ChangeBar("ElementwiseBench.add[size=1000]", 0.031, -0.012, 0.074, 0.10, "unchanged"),
                new ChangeBar("ReductionBench.sumAll[size=100000]", -0.184, -0.231, -0.137, 0.10, "regressed"),
                new ChangeBar("MatmulBench.matmul[size=64]", 0.262, 0.201, 0.325, 0.08, "improved"),
                new ChangeBar("MatmulBench.matmul[size=256]", 2.4, 1.9, 2.9, 0.08, "improved"),
                new ChangeBar("ConvBench.conv2d[size=32]", -0.07, -0.21, 0.08, 0.12, "insufficient"),
                new ChangeBar("TrainingStepBench.step[batch=64]", Double.NaN, null, null, 0.10, "new"),
                new ChangeBar("ElementwiseBench.relu[size=1000]", Double.NaN, null, null, 0.10, "missing"),
                new ChangeBar("GcBench.alloc[size=10]", 0.01, null, null, 0.0, "not-judged")));
    }

    static Chart scaling() {
        List<ScalingPoint> add = new ArrayList<>();
        List<ScalingPoint> matmul = new ArrayList<>();
        for (int size : new int[]{10, 100, 1_000, 10_000, 100_000}) {
            double y = 4.0e8 / size;
            add.add(new ScalingPoint(size, y, y * 0.95, y * 1.05));
        }
        for (int size : new int[]{16, 32, 64, 128, 256}) {
            double y = 3.0e9 / Math.pow(size, 2.9);
            matmul.add(new ScalingPoint(size, y, y * 0.9, y * 1.1));
        }
        return ScalingChart.of("scaling", "Throughput against size", "size (elements per side)", "throughput (ops/s)",
                List.of(new ScalingSeries("add", add, null), new ScalingSeries("matmul", matmul, -2.93)));
    }

    static Chart trend() {
        double[] values = {1.010e6, 0.995e6, 1.003e6, Double.NaN, 1.008e6, 0.998e6, 1.121e6, 1.130e6, 1.115e6, 1.126e6,
                1.124e6, 1.131e6, 1.012e6, 1.008e6};
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Double value = Double.isNaN(values[i]) ? null : values[i];
            points.add(new TrendPoint(String.format(java.util.Locale.ROOT, "12-%02d 09:12 %07x", i + 1, 0x937f9ab + i * 4099),
                    value, value == null ? null : value - 12e3, value == null ? null : value + 12e3, i == 12));
        }
        return TrendChart.of("trend", "add[size=1000] over the stored runs", "throughput (ops/s)", points,
                List.of(new TrendSegment(0, 5, 1.004e6), new TrendSegment(6, 11, 1.125e6), new TrendSegment(12, 13, 1.010e6)));
    }
}
