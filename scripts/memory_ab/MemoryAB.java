import io.tenflowers.autograd.bench.PeerInputs;
import io.tenflowers.autograd.bench.PeerWorkloads;
import io.tenflowers.autograd.bench.TenflowersPeerWorkloads;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The peer workloads W1–W9 with a fresh array per op (no MemoryScope) against the same with each
 * call in a MemoryScope (what PeerComparison measures), in one JVM, rounds interleaved: the first
 * round warms up, then each round times every workload both ways for {@code millis} ms each.
 * Arguments: rounds, millis, comma-separated workloads (w1..w9).
 */
public final class MemoryAB {
    private MemoryAB() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        long nanos = Long.parseLong(args[1]) * 1_000_000L;
        List<String> chosen = List.of(args[2].split(","));
        PeerInputs in = PeerInputs.create();
        TenflowersPeerWorkloads[] engines = {new TenflowersPeerWorkloads(in, false), new TenflowersPeerWorkloads(in, true)};
        Map<String, List<double[]>> micros = new LinkedHashMap<>();
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            for (String name : chosen) {
                Function<PeerWorkloads, PeerWorkloads.Outcome> workload = PeerWorkloads.BY_BENCHMARK_NAME.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(name + "_")).map(Map.Entry::getValue).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown workload " + name + "; known: w1..w9"));
                double[] us = new double[2];
                for (int e = 0; e < 2; e++) {
                    long calls = 0;
                    long start = System.nanoTime();
                    long end = start + nanos;
                    while (System.nanoTime() < end) {
                        sink = workload.apply(engines[e]);
                        calls++;
                    }
                    us[e] = (System.nanoTime() - start) / 1e3 / calls;
                    // Else the last call's scope stays open and owns (and holds) what the other side makes.
                    engines[e].endCall();
                }
                if (round > 0) {
                    micros.computeIfAbsent(name, k -> new ArrayList<>()).add(us);
                }
            }
        }
        System.out.println("| workload | fresh arrays µs/call | MemoryScope µs/call | speed-up (median of rounds, quartiles) |");
        System.out.println("|---|---:|---:|---:|");
        for (Map.Entry<String, List<double[]>> e : micros.entrySet()) {
            List<Double> fresh = new ArrayList<>();
            List<Double> scoped = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            for (double[] us : e.getValue()) {
                fresh.add(us[0]);
                scoped.add(us[1]);
                ratio.add(us[0] / us[1]);
            }
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f× (%.2f–%.2f) |%n", e.getKey(), quantile(fresh, 0.5),
                    quantile(scoped, 0.5), quantile(ratio, 0.5), quantile(ratio, 0.25), quantile(ratio, 0.75));
        }
        engines[0].close();
        engines[1].close();
        if (sink == null) {
            System.out.println("(no result)");
        }
    }

    private static double quantile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.round(q * (sorted.size() - 1)));
    }
}
