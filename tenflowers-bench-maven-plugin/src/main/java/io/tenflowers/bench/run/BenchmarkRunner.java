package io.tenflowers.bench.run;

import io.tenflowers.bench.io.AtomicFiles;
import io.tenflowers.bench.io.OwnedOutputs;
import io.tenflowers.bench.jmh.BenchmarkClasspath;
import io.tenflowers.bench.jmh.JmhCommand;
import io.tenflowers.bench.jmh.JmhLogParser;
import io.tenflowers.bench.jmh.ListedBenchmark;
import io.tenflowers.bench.jmh.Listing;
import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.options.BenchOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lists a module's benchmarks and runs a selection of them in a separate JVM ({@link JmhCommand}),
 * one run at a time: per Maven JVM by a lock of its own (parallel builds), per machine by JMH's
 * ({@link JmhLock}).
 */
public final class BenchmarkRunner {
    /** Raw JMH results, beside {@code results.json}. */
    public static final String RAW_JSON = OwnedOutputs.RAW_JSON;
    /** JMH's own output: the console gets one line per benchmark instead. */
    public static final String LOG = OwnedOutputs.LOG;
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();
    private static final int LOCK_ATTEMPTS = 5;

    private final JmhLock lock;

    public BenchmarkRunner(JmhLock lock) {
        this.lock = lock;
    }

    /**
     * @param java      the {@code java} executable
     * @param classpath the project's test classpath
     * @param directory working directory
     * @return the benchmarks and the benchmark JVM's properties
     * @throws BenchmarkRunException if JMH cannot list them
     */
    public Listing list(Path java, BenchmarkClasspath classpath, Path directory) throws BenchmarkRunException {
        List<String> output = new ArrayList<>();
        int exit = ChildProcess.run(JmhCommand.list(java, classpath), directory, null, output::add, notice -> {
        });
        if (exit != 0) {
            throw new BenchmarkRunException("JMH could not list the benchmarks (exit code " + exit + "):"
                    + System.lineSeparator() + String.join(System.lineSeparator(),
                    output.subList(Math.max(0, output.size() - 20), output.size())));
        }
        return Listing.parse(output);
    }

    /**
     * Runs JMH and moves its JSON to {@code <outputDirectory>/jmh-result.json} (atomically: a
     * reader never sees half a file).
     *
     * @param options   validated options
     * @param classpath the project's test classpath
     * @param selected  the benchmarks to run
     * @param failFastOnSetupFailure stop JMH and its forks at the first benchmark that fails in its
     *                  set-up: such a failure means a configuration the benchmarks refuse (config
     *                  {@code gpu} without a GPU), under which the others would only fail the same way
     * @param listener  hears each result and failure
     * @param workingDirectory where JMH and its forks run: the project's base directory, as for
     *                  Surefire's tests, so that relative resource paths in benchmarks work
     * @return how the run ended
     * @throws BenchmarkRunException if JMH cannot be started or waits for the lock too long
     */
    public RunOutcome run(BenchOptions options, BenchmarkClasspath classpath, List<ListedBenchmark> selected,
                          boolean failFastOnSetupFailure, RunListener listener, Path workingDirectory)
            throws BenchmarkRunException {
        Path directory = options.outputDirectory();
        Path log = directory.resolve(LOG);
        Path rawJson = directory.resolve(RAW_JSON);
        IN_THIS_JVM.lock();
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(rawJson); // a stale file must never pass for this run's results
            Path partial = Files.createTempFile(directory, RAW_JSON, ".partial");
            try {
                for (int attempt = 1; ; attempt++) {
                    lock.awaitFree(listener::notice);
                    listener.started();
                    Instant started = Instant.now();
                    SetupFailureStop stop = new SetupFailureStop(listener, failFastOnSetupFailure);
                    JmhLogParser parser = new JmhLogParser(stop);
                    ChildProcess.Exit exit = ChildProcess.run(JmhCommand.run(options, classpath, selected, partial),
                            workingDirectory, log, parser::accept, stop::requested, listener::notice);
                    if (exit.stopped()) {
                        // JMH writes its JSON only at the end of a run: whatever it left is not to be trusted
                        return new RunOutcome(exit.code(), parser.failures(), null, log, started, Instant.now(),
                                stop.cause(), parser.records());
                    }
                    parser.finish();
                    if (parser.lockBusy() && attempt < LOCK_ATTEMPTS) {
                        listener.notice("Another JMH run took the machine's JMH lock first; waiting again.");
                        continue;
                    }
                    Path results = null;
                    if (Files.size(partial) > 0) {
                        AtomicFiles.move(partial, rawJson);
                        results = rawJson;
                    }
                    return new RunOutcome(exit.code(), parser.failures(), results, log, started, Instant.now(),
                            null, parser.records());
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new BenchmarkRunException("Cannot write the benchmark results to " + directory + ": " + e, e);
        } finally {
            IN_THIS_JVM.unlock();
        }
    }

    /** Passes events on, and asks for the run to stop at the first set-up failure when told to. */
    private static final class SetupFailureStop implements RunListener {
        private final RunListener delegate;
        private final boolean enabled;
        private BenchmarkFailure cause;

        SetupFailureStop(RunListener delegate, boolean enabled) {
            this.delegate = delegate;
            this.enabled = enabled;
        }

        boolean requested() {
            return cause != null;
        }

        BenchmarkFailure cause() {
            return cause;
        }

        @Override
        public void finished(String benchmark, Map<String, String> params, String resultText) {
            delegate.finished(benchmark, params, resultText);
        }

        @Override
        public void failed(BenchmarkFailure failure) {
            if (enabled && cause == null && failure.kind() == BenchmarkFailure.Kind.SETUP) {
                cause = failure;
                delegate.stopping(failure);
            } else {
                delegate.failed(failure);
            }
        }

        @Override
        public void started() {
            delegate.started();
        }

        @Override
        public void notice(String message) {
            delegate.notice(message);
        }
    }
}
