package io.tenflowers.bench.run;

import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.model.BenchmarkId;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The goal's failure message for benchmarks that produced no result: precise (which benchmark,
 * which exception), short (one line per failure; when every failure has the same cause, such as an
 * engine refusing a GPU config in its set-up, that one message once instead of one stack trace per
 * benchmark), and saying where the details are. Benchmarks that did not run because the run was
 * stopped after a set-up failure ({@link BenchmarkFailure.Kind#NOT_RUN}) are not failures of their
 * own: they are counted in one paragraph that says why the run was stopped and what to do.
 */
public final class FailureMessage {
    private static final String NL = System.lineSeparator();
    private static final int LISTED = 10;

    private FailureMessage() {
    }

    /**
     * @param failures  what failed (not empty)
     * @param succeeded how many benchmarks produced results
     * @param results   where those results are
     * @param log       JMH's full output
     * @return the message
     */
    public static String describe(List<BenchmarkFailure> all, int succeeded, Path results, Path log) {
        List<BenchmarkFailure> failures = all.stream().filter(f -> f.kind() != BenchmarkFailure.Kind.NOT_RUN).toList();
        List<BenchmarkFailure> notRun = all.stream().filter(f -> f.kind() == BenchmarkFailure.Kind.NOT_RUN).toList();
        StringBuilder text = new StringBuilder();
        boolean oneCause = failures.size() > 1
                && failures.stream().map(BenchmarkFailure::error).distinct().count() == 1
                && failures.stream().map(BenchmarkFailure::kind).distinct().count() == 1;
        if (oneCause) {
            BenchmarkFailure first = failures.get(0);
            text.append(failures.size()).append(" benchmarks failed, all").append(where(first.kind()))
                    .append(" with the same error:").append(NL).append("  ").append(first.error()).append(NL)
                    .append("  Benchmarks: ").append(ids(failures)).append(NL);
        } else {
            text.append(failures.size() == 1 ? "1 benchmark failed:" : failures.size() + " benchmarks failed:")
                    .append(NL);
            for (BenchmarkFailure failure : failures) {
                text.append("  ").append(line(failure, log)).append(NL);
            }
        }
        if (!notRun.isEmpty()) {
            String cause = failures.stream().filter(f -> f.kind() == BenchmarkFailure.Kind.SETUP)
                    .map(f -> " of " + BenchmarkId.of(f.benchmark(), f.params())).findFirst().orElse("");
            text.append("The run was stopped after the first set-up failure").append(cause)
                    .append(" (failFastOnSetupFailure): ")
                    .append(notRun.size()).append(notRun.size() == 1 ? " benchmark" : " benchmarks")
                    .append(" did not run (").append(ids(notRun)).append("). A set-up failure means a configuration")
                    .append(" the benchmarks cannot run under: fix that (e.g. another config), or set")
                    .append(" -Dtenflowers.bench.failFastOnSetupFailure=false to run the others anyway.").append(NL);
        }
        if (succeeded > 0) {
            text.append("The results of the ").append(succeeded).append(" benchmark(s) that succeeded are kept in ")
                    .append(results).append('.').append(NL);
        }
        text.append("JMH's full output, with the stack traces: ").append(log);
        return text.toString();
    }

    private static String line(BenchmarkFailure failure, Path log) {
        String id = BenchmarkId.of(failure.benchmark(), failure.params());
        return switch (failure.kind()) {
            case SETUP -> "Benchmark " + id + " failed in its set-up: " + failure.error();
            case EXCEPTION -> "Benchmark " + id + " threw " + failure.error();
            case FORK_CRASH -> "Benchmark " + id + ": " + failure.error() + " (a crash, System.exit or out of "
                    + "memory); its output is in " + log;
            case MISSING -> "Benchmark " + id + " produced no result and JMH's log names no cause; see " + log;
            // counted in one paragraph by describe(), never listed one by one
            case NOT_RUN -> throw new IllegalArgumentException("not-run benchmarks are not listed: " + id);
        };
    }

    private static String where(BenchmarkFailure.Kind kind) {
        return switch (kind) {
            case SETUP -> " in their set-up";
            case FORK_CRASH -> " in a crashed fork";
            default -> "";
        };
    }

    private static String ids(List<BenchmarkFailure> failures) {
        String listed = failures.stream().limit(LISTED).map(f -> BenchmarkId.of(f.benchmark(), f.params()))
                .collect(Collectors.joining(", "));
        return failures.size() > LISTED ? listed + " and " + (failures.size() - LISTED) + " more" : listed;
    }
}
