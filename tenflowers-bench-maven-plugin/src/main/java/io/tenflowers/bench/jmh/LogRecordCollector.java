package io.tenflowers.bench.jmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of {@link JmhLogParser} that rebuilds {@link JmhRecord}s from JMH's human-readable
 * output, for a run that was stopped before its end: JMH writes its JSON only when the whole run is
 * over, so the benchmarks that completed before the stop are known only from the log. Every
 * benchmark whose {@code Result "…":} block is in the log gives a record: its score and error as
 * JMH printed them, the measured iterations of each fork as samples, and its secondary metrics (the
 * {@code gc} profiler's, for instance).
 *
 * <p>The log is less exact than the JSON: JMH prints numbers with 3 decimals (in the JMH JVM's
 * locale), and values below 0.001 only as an order of magnitude ({@code ≈ 10⁻⁵}, {@code ≈ 0});
 * such values are recorded as null.
 */
final class LogRecordCollector {
    private static final Pattern SECONDARY = Pattern.compile("^Secondary result \"(.+?):(.+)\":\\s*$");
    private static final Pattern ITERATION = Pattern.compile("^Iteration\\s+\\d+:\\s*(.*)$");
    private static final Pattern SECONDARY_SAMPLE = Pattern.compile("^\\s+([^\\s:][^:]*):\\s+(.+)$");
    private static final Pattern FORK = Pattern.compile("^# Fork: \\d+ of (\\d+)");
    private static final Pattern ITERATIONS = Pattern.compile("^(\\d+) iterations?, (.+?) each");

    private final List<JmhRecord> records = new ArrayList<>();
    private Builder current = new Builder();
    /** The metric whose value the next non-blank line holds ("" for the primary one), or null. */
    private String pending;
    private boolean inIteration;
    private String jmhVersion;

    /** @param line one line of JMH's output */
    void accept(String line) {
        if (pending != null) {
            if (line.isBlank() || line.trim().startsWith("N = ")) {
                return; // the sampling mode prints its sample count before the mean
            }
            current.result(pending, Value.parse(line.trim().replaceFirst("^mean = ", "")));
            pending = null;
            return;
        }
        if (inIteration) {
            Matcher sample = SECONDARY_SAMPLE.matcher(line);
            if (sample.matches()) {
                current.secondarySample(sample.group(1).trim(), Value.parse(sample.group(2)));
                return;
            }
            inIteration = false;
        }
        if (line.startsWith(JmhLogSyntax.JMH_VERSION)) {
            current.complete(records);
            current = new Builder();
            current.jmhVersion = line.substring(JmhLogSyntax.JMH_VERSION.length()).trim();
            if (jmhVersion == null && !current.jmhVersion.isEmpty()) {
                jmhVersion = current.jmhVersion;
            }
        } else if (line.startsWith("# VM version: ")) {
            String[] parts = line.substring("# VM version: ".length()).split(", ", 3);
            current.jdkVersion = parts[0].replaceFirst("^JDK ", "");
            current.vmName = parts.length > 1 ? parts[1] : null;
            current.vmVersion = parts.length > 2 ? parts[2] : null;
        } else if (line.startsWith("# VM invoker: ")) {
            current.jvm = line.substring("# VM invoker: ".length()).trim();
        } else if (line.startsWith("# VM options: ")) {
            String options = line.substring("# VM options: ".length()).trim();
            current.jvmArgs = options.equals("<none>") ? List.of() : List.of(options.split("\\s+"));
        } else if (line.startsWith("# Warmup: ")) {
            Matcher iterations = ITERATIONS.matcher(line.substring("# Warmup: ".length()));
            current.warmupIterations = iterations.find() ? Integer.parseInt(iterations.group(1)) : 0;
        } else if (line.startsWith("# Measurement: ")) {
            Matcher iterations = ITERATIONS.matcher(line.substring("# Measurement: ".length()));
            if (iterations.find()) {
                current.measurementIterations = Integer.parseInt(iterations.group(1));
                current.measurementTime = iterations.group(2);
            }
        } else if (line.startsWith("# Benchmark mode: ")) {
            current.mode = mode(line.substring("# Benchmark mode: ".length()));
        } else if (line.startsWith(JmhLogSyntax.BENCHMARK)) {
            current.benchmark = line.substring(JmhLogSyntax.BENCHMARK.length()).trim();
        } else if (line.startsWith(JmhLogSyntax.PARAMETERS)) {
            current.params = JmhLogSyntax.parameters(line);
        } else {
            Matcher fork = FORK.matcher(line);
            Matcher iteration = ITERATION.matcher(line);
            Matcher secondary = SECONDARY.matcher(line);
            if (fork.find()) {
                current.forks = Integer.parseInt(fork.group(1));
                current.newFork();
            } else if (iteration.matches()) {
                current.primarySample(Value.parse(iteration.group(1)));
                inIteration = true;
            } else if (JmhLogSyntax.RESULT.matcher(line).matches()) {
                pending = "";
            } else if (secondary.matches()) {
                pending = secondary.group(2);
            }
        }
    }

    /** @return the records of every benchmark that completed so far, in log order */
    List<JmhRecord> records() {
        List<JmhRecord> all = new ArrayList<>(records);
        current.completeCopy(all);
        return all;
    }

    /** @return the JMH version of the first {@code # JMH version:} header, or null */
    String jmhVersion() {
        return jmhVersion;
    }

    /** @param text {@code Throughput, ops/time} → {@code thrpt}, as in JMH's JSON */
    static String mode(String text) {
        String name = text.split(",", 2)[0].trim();
        return switch (name) {
            case "Throughput" -> "thrpt";
            case "Average time" -> "avgt";
            case "Sampling time" -> "sample";
            case "Single shot invocation time" -> "ss";
            default -> name;
        };
    }

    /**
     * One number as JMH prints it: {@code 123.456 ops/s}, {@code 1.5 ±(99.9%) 0.1 us/op [Average]},
     * {@code ≈ 0 counts}, {@code ≈ 10⁻⁵ B/op} (approximate: the value is null).
     */
    record Value(Double value, Double error, String unit) {
        static Value parse(String text) {
            List<String> tokens = new ArrayList<>(List.of(text.trim().replace("[Average]", "").trim().split("\\s+")));
            Double value = number(tokens);
            Double error = null;
            if (!tokens.isEmpty() && JmhLogSyntax.ERROR_MARK.matcher(tokens.get(0)).matches()) {
                tokens.remove(0);
                error = number(tokens);
            }
            String unit = tokens.isEmpty() ? null : String.join(" ", tokens);
            return new Value(value, error, unit);
        }

        /** Takes the first number off {@code tokens}; null for an approximate or unreadable one. */
        private static Double number(List<String> tokens) {
            if (tokens.isEmpty()) {
                return null;
            }
            String token = tokens.remove(0);
            if (token.equals("≈") && !tokens.isEmpty()) {
                tokens.remove(0);
                return null;
            }
            if (token.startsWith("≈")) {
                return null;
            }
            String number = token.contains(",") && !token.contains(".") ? token.replace(',', '.') : token;
            try {
                double parsed = Double.parseDouble(number);
                return Double.isFinite(parsed) ? parsed : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** One benchmark's header, samples and results as they are read. */
    private static final class Builder {
        String jmhVersion;
        String jdkVersion;
        String vmName;
        String vmVersion;
        String jvm;
        List<String> jvmArgs = List.of();
        int warmupIterations;
        int measurementIterations;
        String measurementTime;
        String mode;
        String benchmark;
        Map<String, String> params = Map.of();
        int forks;
        final List<List<Double>> primarySamples = new ArrayList<>();
        final Map<String, List<List<Double>>> secondarySamples = new LinkedHashMap<>();
        Value primary;
        final Map<String, Value> secondary = new LinkedHashMap<>();

        void newFork() {
            primarySamples.add(new ArrayList<>());
            secondarySamples.values().forEach(forks -> forks.add(new ArrayList<>()));
        }

        void primarySample(Value value) {
            if (primarySamples.isEmpty()) {
                newFork();
            }
            primarySamples.get(primarySamples.size() - 1).add(value.value());
        }

        void secondarySample(String name, Value value) {
            List<List<Double>> forks = secondarySamples.computeIfAbsent(name, n -> {
                List<List<Double>> created = new ArrayList<>();
                primarySamples.forEach(f -> created.add(new ArrayList<>()));
                return created;
            });
            forks.get(forks.size() - 1).add(value.value());
        }

        void result(String metric, Value value) {
            if (metric.isEmpty()) {
                primary = value;
            } else {
                secondary.put(metric, value);
            }
        }

        /** Adds the record if the benchmark got as far as its result; the builder is not reused after. */
        void complete(List<JmhRecord> records) {
            completeCopy(records);
        }

        void completeCopy(List<JmhRecord> records) {
            if (benchmark == null || primary == null) {
                return;
            }
            Map<String, JmhMetric> metrics = new LinkedHashMap<>();
            secondary.forEach((name, value) -> metrics.put(name, new JmhMetric(value.value(), value.error(),
                    value.unit(), secondarySamples.getOrDefault(name, List.of()))));
            records.add(new JmhRecord(benchmark, mode, params, new JmhMetric(primary.value(), primary.error(),
                    primary.unit(), primarySamples), metrics, jmhVersion, jvm, jvmArgs, jdkVersion, vmName, vmVersion,
                    forks, warmupIterations, measurementIterations, measurementTime));
        }
    }
}
