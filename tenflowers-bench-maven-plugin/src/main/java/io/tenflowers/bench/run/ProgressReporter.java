package io.tenflowers.bench.run;

import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.model.BenchmarkId;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One console line per finished benchmark: a running count, the id, JMH's score ± error and unit,
 * and an estimate of the time left. The estimate is the mean time per finished benchmark times
 * those still to run: {@code left = elapsed / done × (total − done)}; benchmarks differ in set-up
 * cost, so it is labelled "about".
 */
public final class ProgressReporter implements RunListener {
    private final int total;
    private final Consumer<String> info;
    private final Consumer<String> error;
    private final LongSupplier nanoClock;
    private long start;
    private int done;

    /**
     * @param total     runs expected (benchmarks × parameter combinations)
     * @param info      receives progress lines
     * @param error     receives failure lines
     * @param nanoClock time source ({@code System::nanoTime}; tests pass their own)
     */
    public ProgressReporter(int total, Consumer<String> info, Consumer<String> error, LongSupplier nanoClock) {
        this.total = total;
        this.info = info;
        this.error = error;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** Restarts the clock: time spent waiting for the JMH lock says nothing about the benchmarks. */
    @Override
    public void started() {
        start = nanoClock.getAsLong();
    }

    @Override
    public void finished(String benchmark, Map<String, String> params, String resultText) {
        done++;
        info.accept(prefix() + BenchmarkId.of(benchmark, params) + "  " + resultText + timeLeft());
    }

    @Override
    public void failed(BenchmarkFailure failure) {
        done++;
        error.accept(prefix() + "FAILED " + BenchmarkId.of(failure.benchmark(), failure.params()) + ": "
                + failure.error() + timeLeft());
    }

    /** The error itself is not repeated here: the goal's failure message, right after, has it. */
    @Override
    public void stopping(BenchmarkFailure failure) {
        done++;
        error.accept(prefix() + "FAILED " + BenchmarkId.of(failure.benchmark(), failure.params())
                + " in its set-up; stopping JMH and its forks (failFastOnSetupFailure): " + (total - done)
                + " benchmark(s) will not run.");
    }

    @Override
    public void notice(String message) {
        info.accept(message);
    }

    /** @return how many benchmarks finished or failed so far */
    public int done() {
        return done;
    }

    private String prefix() {
        return "[" + done + "/" + total + "] ";
    }

    private String timeLeft() {
        if (done >= total || done == 0) {
            return "";
        }
        long elapsed = nanoClock.getAsLong() - start;
        long left = elapsed / done * (total - done);
        return "  (about " + format(Duration.ofNanos(left)) + " left)";
    }

    /** @return {@code 1 h 2 min}, {@code 3 min 4 s}, {@code 5 s} */
    static String format(Duration duration) {
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        if (seconds >= 60) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds + " s";
    }
}
