package io.tenflowers.bench.jmh;

import io.tenflowers.bench.model.BenchmarkFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of JMH's human-readable output: line by line, as the log streams, it tells a
 * {@link JmhLogListener} what happened — a benchmark finished (its {@code Result} block), failed
 * ({@code <failure>} and the exception after it), or its fork died ({@code <forked VM failed with
 * exit code N>}) — and rebuilds the records of the benchmarks that completed, for a run stopped
 * before JMH wrote its JSON ({@link #records()}).
 *
 * <p>Why read the log: JMH's JSON holds only the benchmarks that succeeded (a failed one silently
 * vanishes from it), so the failures, and which benchmark each belongs to, are only in the log.
 * JMH prints a {@code # Benchmark:} and {@code # Parameters:} header before each run; every event
 * belongs to the latest header.
 */
public final class JmhLogParser {
    private static final Pattern FORK_FAILED = Pattern.compile("<forked VM failed with exit code (-?\\d+)>");
    private static final Pattern ERROR_COLUMN = Pattern.compile("\\s" + JmhLogSyntax.ERROR_MARK.pattern() + "\\s");
    /** JMH's lock message, printed when another JMH run holds {@code ${java.io.tmpdir}/jmh.lock}. */
    static final String LOCK_BUSY = "Another JMH instance might be running";

    private enum State { NORMAL, RESULT_NEXT, FAILURE, CRASH }

    private final JmhLogListener listener;
    private final LogRecordCollector collector = new LogRecordCollector();
    private final List<BenchmarkFailure> failures = new ArrayList<>();
    private State state = State.NORMAL;
    private String benchmark;
    private Map<String, String> params = Map.of();
    private String failureHead;
    private final List<String> failureDetail = new ArrayList<>();
    private String crashExitCode;
    private boolean lockBusy;

    public JmhLogParser(JmhLogListener listener) {
        this.listener = listener;
    }

    /** @param line one line of JMH's output, without its line terminator */
    public void accept(String line) {
        collector.accept(line);
        if (line.contains(LOCK_BUSY)) {
            lockBusy = true;
        }
        switch (state) {
            case RESULT_NEXT -> {
                if (!line.isBlank()) {
                    state = State.NORMAL;
                    listener.finished(benchmark, params, cleanResult(line));
                }
                return;
            }
            case FAILURE -> {
                if (collectFailureLine(line)) {
                    return;
                }
            }
            case CRASH -> {
                if (collectCrashLine(line)) {
                    return;
                }
            }
            default -> {
            }
        }
        normal(line);
    }

    /** Call once after the last line: completes a failure whose block ran to the end of the output. */
    public void finish() {
        if (state == State.FAILURE) {
            completeFailure();
        } else if (state == State.CRASH) {
            completeCrash();
        }
        state = State.NORMAL;
    }

    /** @return the failures seen, one per benchmark and parameter combination, in order */
    public List<BenchmarkFailure> failures() {
        return List.copyOf(failures);
    }

    /**
     * @return a record per benchmark (and parameter combination) whose result is in the lines read
     *         so far, in log order; numbers as JMH printed them (3 decimals; {@code ≈ 10⁻⁵} as null)
     */
    public List<JmhRecord> records() {
        return collector.records();
    }

    /** @return the JMH version of the first {@code # JMH version:} header read, or null */
    public String jmhVersion() {
        return collector.jmhVersion();
    }

    /**
     * Reads a stored log.
     *
     * @param lines JMH's output, possibly cut short
     * @return the parser after reading them (failures, records, JMH version)
     */
    public static JmhLogParser read(List<String> lines) {
        JmhLogParser parser = new JmhLogParser(new JmhLogListener() {
            @Override
            public void finished(String benchmark, Map<String, String> params, String resultText) {
            }

            @Override
            public void failed(BenchmarkFailure failure) {
            }
        });
        lines.forEach(parser::accept);
        parser.finish();
        return parser;
    }

    /**
     * @param log a stored log, UTF-8
     * @return the parser after reading it
     * @throws IOException if it cannot be read
     */
    public static JmhLogParser read(Path log) throws IOException {
        return read(Files.readAllLines(log, StandardCharsets.UTF_8));
    }

    /** @return whether JMH refused to start because another JMH run held its lock */
    public boolean lockBusy() {
        return lockBusy;
    }

    private void normal(String line) {
        if (line.startsWith(JmhLogSyntax.BENCHMARK)) {
            benchmark = line.substring(JmhLogSyntax.BENCHMARK.length()).trim();
            params = Map.of();
        } else if (line.startsWith(JmhLogSyntax.PARAMETERS)) {
            params = JmhLogSyntax.parameters(line);
        } else if (JmhLogSyntax.RESULT.matcher(line).matches()) {
            state = State.RESULT_NEXT;
        } else if (line.trim().endsWith("<failure>")) {
            state = State.FAILURE;
            failureHead = null;
            failureDetail.clear();
        } else {
            Matcher crash = FORK_FAILED.matcher(line);
            if (crash.find()) {
                state = State.CRASH;
                crashExitCode = crash.group(1);
                failureDetail.clear();
            }
        }
    }

    /** @return whether the line was consumed by the failure block */
    private boolean collectFailureLine(String line) {
        if (line.startsWith("# ") || (line.isBlank() && failureHead != null)) {
            completeFailure();
            state = State.NORMAL;
            return line.isBlank();
        }
        if (!line.isBlank()) {
            if (failureHead == null) {
                failureHead = line.trim();
            } else {
                failureDetail.add(line);
            }
        }
        return true;
    }

    private boolean collectCrashLine(String line) {
        if (line.startsWith("# ")) {
            completeCrash();
            state = State.NORMAL;
            return false;
        }
        if (!line.isBlank() && !line.startsWith("<") && !line.startsWith("</")) {
            failureDetail.add(line);
        }
        if (line.startsWith("</stderr>")) {
            completeCrash();
            state = State.NORMAL;
        }
        return true;
    }

    private void completeFailure() {
        boolean inSetup = failureDetail.stream().anyMatch(frame -> frame.contains("_jmh_tryInit_"));
        record(new BenchmarkFailure(nameOrUnknown(), params,
                inSetup ? BenchmarkFailure.Kind.SETUP : BenchmarkFailure.Kind.EXCEPTION,
                failureHead == null ? "(JMH reported a failure without an exception)" : failureHead,
                failureDetail));
    }

    private void completeCrash() {
        record(new BenchmarkFailure(nameOrUnknown(), params, BenchmarkFailure.Kind.FORK_CRASH,
                "the forked JVM exited with code " + crashExitCode, failureDetail));
    }

    private void record(BenchmarkFailure failure) {
        // A benchmark that failed in one fork is not run in the next: one report per combination.
        boolean seen = failures.stream().anyMatch(f -> f.benchmark().equals(failure.benchmark())
                && f.params().equals(failure.params()));
        if (!seen) {
            failures.add(failure);
            listener.failed(failure);
        }
        failureHead = null;
        failureDetail.clear();
    }

    private String nameOrUnknown() {
        return benchmark == null ? "(unknown benchmark)" : benchmark;
    }

    /** @param line {@code   123.456 ±(99.9%) 1.234 ops/s [Average]} → {@code 123.456 ± 1.234 ops/s} */
    static String cleanResult(String line) {
        String text = line.trim();
        if (text.endsWith("[Average]")) {
            text = text.substring(0, text.length() - "[Average]".length()).trim();
        }
        return ERROR_COLUMN.matcher(text).replaceFirst(" ± ");
    }
}
