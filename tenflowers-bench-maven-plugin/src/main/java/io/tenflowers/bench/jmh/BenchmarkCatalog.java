package io.tenflowers.bench.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks a module has, read from JMH's own listing ({@code org.openjdk.jmh.Main -lp}) so
 * that the project's JMH version interprets its own {@code BenchmarkList}.
 */
public final class BenchmarkCatalog {
    private static final Pattern PARAM = Pattern.compile("^\\s+param \"([^\"]+)\" = \\{(.*)}\\s*$");
    private static final Pattern NAME = Pattern.compile("^[\\p{L}_$][\\p{L}\\p{N}_$.]*$");

    private final List<ListedBenchmark> benchmarks;

    public BenchmarkCatalog(List<ListedBenchmark> benchmarks) {
        this.benchmarks = List.copyOf(benchmarks);
    }

    /**
     * @param lines the output of {@code -lp}; lines that are neither a name nor a parameter (JVM
     *              settings printed before it, warnings) are ignored
     * @return the catalog
     */
    public static BenchmarkCatalog parse(List<String> lines) {
        List<ListedBenchmark> benchmarks = new ArrayList<>();
        boolean listing = false;
        String name = null;
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("Benchmarks:")) {
                listing = true;
                continue;
            }
            if (!listing) {
                continue;
            }
            Matcher param = PARAM.matcher(line);
            if (param.matches() && name != null) {
                params.put(param.group(1), splitValues(param.group(2)));
            } else if (NAME.matcher(line.trim()).matches() && !line.startsWith(" ")) {
                if (name != null) {
                    benchmarks.add(new ListedBenchmark(name, params));
                }
                name = line.trim();
                params = new LinkedHashMap<>();
            }
        }
        if (name != null) {
            benchmarks.add(new ListedBenchmark(name, params));
        }
        return new BenchmarkCatalog(benchmarks);
    }

    private static List<String> splitValues(String values) {
        if (values.isBlank()) {
            return List.of();
        }
        return Arrays.stream(values.split(",")).map(String::trim).toList();
    }

    /** @return every benchmark, in JMH's (alphabetical) order */
    public List<ListedBenchmark> benchmarks() {
        return benchmarks;
    }

    /**
     * @param selector which JMH names to keep
     * @return the kept benchmarks
     */
    public List<ListedBenchmark> select(Predicate<String> selector) {
        return benchmarks.stream().filter(b -> selector.test(b.name())).toList();
    }

    /** @return the names, one per line, for "what exists" messages */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (ListedBenchmark benchmark : benchmarks) {
            text.append(System.lineSeparator()).append("  ").append(benchmark.name());
        }
        return text.toString();
    }
}
