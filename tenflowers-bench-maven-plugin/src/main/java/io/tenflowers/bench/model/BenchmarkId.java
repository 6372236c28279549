package io.tenflowers.bench.model;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stable benchmark ids: {@code <Suite>.<group>.<benchmark>[k=v,…]}, the JMH name
 * without its package, parameters sorted by key. Baselines and history key on it, so it must not
 * depend on JMH's parameter order or on a package move.
 */
public final class BenchmarkId {
    private BenchmarkId() {
    }

    /**
     * Drops the package: the leading dot-separated segments that start with a lower-case letter,
     * keeping at least the last two segments (class and method). Nested groups ({@code Suite.basic.add})
     * are kept because the first upper-case segment, the suite class, ends the package.
     *
     * @param jmhName {@code io.tenflowers.autograd.bench.GradientPerformance.basic.add}
     * @return {@code GradientPerformance.basic.add}
     */
    public static String withoutPackage(String jmhName) {
        String[] segments = jmhName.split("\\.");
        int first = 0;
        while (first < segments.length - 2 && !segments[first].isEmpty()
                && !Character.isUpperCase(segments[first].charAt(0))) {
            first++;
        }
        return String.join(".", java.util.Arrays.copyOfRange(segments, first, segments.length));
    }

    /**
     * @param jmhName the JMH name
     * @param params  the parameters, any order
     * @return {@code Suite.group.benchmark[a=1,b=2]}, or without brackets when there are no parameters
     */
    public static String of(String jmhName, Map<String, String> params) {
        String base = withoutPackage(jmhName);
        if (params == null || params.isEmpty()) {
            return base;
        }
        return base + new TreeMap<>(params).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "[", "]"));
    }
}
