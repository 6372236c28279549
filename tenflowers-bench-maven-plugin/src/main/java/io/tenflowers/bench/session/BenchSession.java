package io.tenflowers.bench.session;

import io.tenflowers.bench.env.GitInfo;
import io.tenflowers.bench.env.MachineInfo;
import io.tenflowers.bench.io.AtomicFiles;
import io.tenflowers.bench.io.History;
import io.tenflowers.bench.io.OwnedOutputs;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.io.RunId;
import io.tenflowers.bench.jmh.BenchmarkClasspath;
import io.tenflowers.bench.jmh.JmhJsonReader;
import io.tenflowers.bench.jmh.JmhLogParser;
import io.tenflowers.bench.jmh.JmhRecord;
import io.tenflowers.bench.jmh.JmhSetup;
import io.tenflowers.bench.jmh.ListedBenchmark;
import io.tenflowers.bench.jmh.Listing;
import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.model.BenchmarkId;
import io.tenflowers.bench.model.JmhTime;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.options.BenchOptions;
import io.tenflowers.bench.options.InvalidOptionsException;
import io.tenflowers.bench.options.OptionsParser;
import io.tenflowers.bench.options.RunLength;
import io.tenflowers.bench.options.Vocabulary;
import io.tenflowers.bench.report.SummaryText;
import io.tenflowers.bench.results.ResultsAssembler;
import io.tenflowers.bench.run.BenchmarkRunException;
import io.tenflowers.bench.run.BenchmarkRunner;
import io.tenflowers.bench.run.EnvironmentProbe;
import io.tenflowers.bench.run.FailureMessage;
import io.tenflowers.bench.run.JmhLock;
import io.tenflowers.bench.run.ProgressReporter;
import io.tenflowers.bench.run.RunOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One {@code bench} run, start to end, with no knowledge of Maven: skip a module without
 * benchmarks, validate the options, list and select the benchmarks, run JMH, and write
 * {@code jmh-result.json}, {@code results.json}, the history copy and, when asked for, the summaries
 * ({@code summary.txt}, and the report page {@code summary.html} with {@code summary.md}).
 */
public final class BenchSession {
    /** Our results, beside JMH's own. */
    public static final String RESULTS = OwnedOutputs.RESULTS;
    /** The seed's summary. */
    public static final String SUMMARY = OwnedOutputs.SUMMARY;
    /** Rough cost of starting a fork and JMH's set-up in it, for the estimate shown before a run. */
    private static final double FORK_OVERHEAD_SECONDS = 1.5;

    private final Consumer<String> info;
    private final Consumer<String> warn;
    private final Consumer<String> error;

    /**
     * @param info  receives progress and information lines
     * @param warn  receives one line per input the report left out, and why
     * @param error receives failure lines as they happen
     */
    public BenchSession(Consumer<String> info, Consumer<String> warn, Consumer<String> error) {
        this.info = info;
        this.warn = warn;
        this.error = error;
    }

    /**
     * @param request what to run
     * @return what happened; failures of single benchmarks are in the report, not thrown, so that
     *         the results of the others are written first
     * @throws InvalidOptionsException if an option has a value that cannot be used (nothing ran)
     * @throws BenchmarkRunException   if the run as a whole could not be done
     */
    public BenchOutcome execute(BenchRequest request) throws InvalidOptionsException, BenchmarkRunException {
        BenchmarkClasspath classpath = BenchmarkClasspath.of(request.testClasspath());
        // Checked before the options: a module without benchmarks (the aggregator, a library
        // module) has not declared the categories a user names for the module that has them.
        JmhSetup setup = JmhSetup.survey(request.classDirectories().get(0), request.classDirectories().get(1),
                classpath, request.testSourceRoots());
        if (setup.noJmhAtAll()) {
            return BenchOutcome.skipped("No JMH benchmarks in this module (no jmh-core on its test classpath, "
                    + "no @Benchmark in its test sources): nothing to benchmark, skipping.");
        }
        Path benchmarkList = requireBenchmarkList(setup, request.classDirectories().get(0));
        Vocabulary vocabulary = Vocabulary.of(request.categories(), request.configs());
        BenchOptions options = OptionsParser.parse(request.options(), vocabulary, request.mavenJava());

        if (!classpath.containsJmh()) {
            throw new BenchmarkRunException("The module has a JMH BenchmarkList (" + benchmarkList
                    + ") but jmh-core is not on its test classpath. Add org.openjdk.jmh:jmh-core as a test dependency.");
        }
        BenchmarkRunner runner = new BenchmarkRunner(new JmhLock(JmhLock.defaultLockFile(), request.lockWait(),
                Duration.ofSeconds(5)));
        Listing listing = runner.list(options.javaExecutable(), classpath, request.projectDirectory());
        List<ListedBenchmark> selected = listing.catalog().select(options::selects);
        if (selected.isEmpty()) {
            throw new BenchmarkRunException("No benchmark matches category '" + options.category() + "'"
                    + (options.includes() == null ? "" : ", includes '" + options.includes() + "'")
                    + (options.excludes() == null ? "" : ", excludes '" + options.excludes() + "'")
                    + ". The module has these benchmarks (regexes are matched with find() against these names):"
                    + listing.catalog().describe());
        }
        Map<String, String> environment = probe(request, options, classpath);
        removeStaleOutputs(options.outputDirectory());
        int runs = selected.stream().mapToInt(ListedBenchmark::combinations).sum();
        info.accept(String.format(Locale.ROOT, "Running %d benchmark(s), %d with their parameters: config %s, "
                        + "category %s; estimated %s. JMH's output goes to %s", selected.size(), runs,
                options.configuration().name(), options.category(), estimate(options, runs),
                options.outputDirectory().resolve(BenchmarkRunner.LOG)));
        info.accept("Run length: " + options.runLength().describe() + ".");
        info.accept("JVM arguments appended to the forks' own: " + String.join(" ", options.forkJvmArgs()));

        ProgressReporter progress = new ProgressReporter(runs, info, error, System::nanoTime);
        RunOutcome outcome = runner.run(options, classpath, selected, request.failFastOnSetupFailure(), progress,
                request.projectDirectory());
        return write(request, options, listing, classpath, selected, outcome, environment);
    }

    /**
     * @return the BenchmarkList, or a failure that says what to do: the module uses JMH, so
     *         finding nothing to run is a mistake in its set-up, not a reason to pass
     */
    static Path requireBenchmarkList(JmhSetup setup, Path testClasses) throws BenchmarkRunException {
        if (setup.benchmarkList() != null) {
            return setup.benchmarkList();
        }
        if (!setup.testClassesCompiled()) {
            throw new BenchmarkRunException("This module has JMH benchmarks, but its test classes are not compiled ("
                    + testClasses + " does not exist). The bench goal runs what test-compile produced: run it in a "
                    + "build that compiles them, e.g. `mvn verify`, or `mvn test-compile tenflowers-bench:bench`.");
        }
        String why = setup.benchmarkSources() ? "@Benchmark methods in its test sources"
                : "jmh-core on its test classpath";
        throw new BenchmarkRunException("This module uses JMH (" + why + ") but " + testClasses
                + " has no META-INF/BenchmarkList: JMH's annotation processor did not run. Name it in the compiler "
                + "plugin's default-testCompile execution (JDK 23 and later ignore a processor that is only a "
                + "dependency):" + System.lineSeparator() + JmhSetup.PROCESSOR_SNIPPET);
    }

    Map<String, String> probe(BenchRequest request, BenchOptions options, BenchmarkClasspath classpath)
            throws BenchmarkRunException {
        if (request.environmentProbe() == null || request.environmentProbe().isBlank()) {
            return Map.of();
        }
        List<String> jvmArgs = new ArrayList<>(options.forkJvmArgs());
        jvmArgs.addAll(request.environmentProbeJvmArgs());
        Map<String, String> environment = EnvironmentProbe.run(options.javaExecutable(), jvmArgs, classpath,
                request.environmentProbe().trim(), request.projectDirectory(), info);
        info.accept("Environment (" + request.environmentProbe().trim() + "): " + environment.size()
                + " fact(s) recorded under run.environment.");
        return environment;
    }

    private void removeStaleOutputs(Path directory) throws BenchmarkRunException {
        try {
            List<String> removed = OwnedOutputs.removeFrom(directory);
            if (!removed.isEmpty()) {
                info.accept("Removed the previous run's outputs from " + directory + ": " + String.join(", ", removed));
            }
        } catch (IOException e) {
            throw new BenchmarkRunException("Cannot remove the previous run's outputs from " + directory + ": " + e
                    + ". Remove them by hand, or choose another outputDirectory.", e);
        }
    }

    private BenchOutcome write(BenchRequest request, BenchOptions options, Listing listing,
                               BenchmarkClasspath classpath, List<ListedBenchmark> selected, RunOutcome outcome,
                               Map<String, String> environment) throws BenchmarkRunException {
        Path directory = options.outputDirectory();
        try {
            // A stopped JMH wrote no JSON: what completed before the stop is known only from its log,
            // which the runner's parser already read as it streamed.
            List<JmhRecord> records = outcome.stoppedBy() != null ? outcome.logRecords()
                    : outcome.rawJson() == null ? List.of() : JmhJsonReader.read(outcome.rawJson());
            List<BenchmarkFailure> failures = new ArrayList<>(outcome.failures());
            List<BenchmarkFailure> absent = missing(selected, records, failures);
            failures.addAll(outcome.stoppedBy() == null ? absent : notRun(absent, outcome.stoppedBy()));
            if (records.isEmpty() && failures.isEmpty()) {
                throw new BenchmarkRunException("JMH exited with code " + outcome.exitCode()
                        + " and produced no results. Its output is in " + outcome.log());
            }
            ResultsDocument.Run run = metadata(request, options, listing, jmhVersion(classpath, outcome, records),
                    outcome.startedAt(), outcome.finishedAt(), GitInfo.of(request.projectDirectory()), environment);
            ResultsDocument document = new ResultsAssembler(request.ratios(), request.elementParams(), request.sideBySide())
                    .assemble(run, records, failures);
            Path results = directory.resolve(RESULTS);
            ResultsJson.write(document, results);
            Path summary = null;
            if (options.summary()) {
                summary = directory.resolve(SUMMARY);
                AtomicFiles.write(summary, SummaryText.render(document, results, outcome.rawJson(), outcome.log()));
            }
            Path history = history(options, document);
            ReportSession.Written pages = null;
            if (options.summary()) {
                // After the history copy, so that this run is the trend charts' last point. No
                // baseline here (bench does not know it): check-baseline renders the pages again
                // with its verdicts and the baseline's floors.
                pages = ReportSession.writeSummaries(new ReportSession.Request(results, options.historyDirectory(),
                        null, request.project().artifactId(), warn));
            }
            String message = failures.isEmpty() ? null
                    : FailureMessage.describe(failures, records.size(), results, outcome.log());
            return new BenchOutcome(null, document, results, summary, pages == null ? null : pages.html(),
                    pages == null ? null : pages.markdown(), history, outcome.log(), failures, message);
        } catch (IOException e) {
            throw new BenchmarkRunException("Cannot write the results to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** @return the history copy of a measuring run, or null when none is kept */
    private Path history(BenchOptions options, ResultsDocument document) throws IOException {
        if (options.historyDirectory() == null || document.benchmarks().isEmpty()) {
            return null;
        }
        if (!HistoryPolicy.isMeasurement(options.runLength())) {
            info.accept("History: not kept for a " + options.runLength().presetName()
                    + " run (its numbers are not measurements worth a trend point).");
            return null;
        }
        return History.append(options.historyDirectory(), document);
    }

    /**
     * JMH drops a benchmark that failed from its JSON: compare what should have run (every listed
     * parameter combination) with what is in the results and what the log reported.
     */
    static List<BenchmarkFailure> missing(List<ListedBenchmark> selected, List<JmhRecord> records,
                                          List<BenchmarkFailure> reported) {
        Set<String> present = new HashSet<>();
        records.forEach(r -> present.add(key(r.benchmark(), r.params())));
        reported.forEach(f -> present.add(key(f.benchmark(), f.params())));
        Set<String> benchmarksWithFailures = new HashSet<>();
        reported.forEach(f -> benchmarksWithFailures.add(f.benchmark()));
        List<BenchmarkFailure> missing = new ArrayList<>();
        for (ListedBenchmark benchmark : selected) {
            for (Map<String, String> params : combinations(benchmark.params())) {
                if (!present.contains(key(benchmark.name(), params))) {
                    missing.add(new BenchmarkFailure(benchmark.name(), params, BenchmarkFailure.Kind.MISSING,
                            "no result, and no failure in JMH's log", List.of()));
                }
            }
        }
        return missing;
    }

    /** @return the benchmarks that never started because the run was stopped after {@code cause} */
    static List<BenchmarkFailure> notRun(List<BenchmarkFailure> absent, BenchmarkFailure cause) {
        String why = "not run: the run was stopped after the set-up failure of "
                + BenchmarkId.of(cause.benchmark(), cause.params()) + " (failFastOnSetupFailure)";
        return absent.stream().map(f -> new BenchmarkFailure(f.benchmark(), f.params(),
                BenchmarkFailure.Kind.NOT_RUN, why, List.of())).toList();
    }

    /**
     * The project's JMH version, known even when no benchmark produced a result: from the jmh-core
     * on its classpath, else from the {@code # JMH version:} header of JMH's log, else from the results.
     */
    static String jmhVersion(BenchmarkClasspath classpath, RunOutcome outcome, List<JmhRecord> records) {
        return jmhVersion(classpath, outcome.log(), records);
    }

    /** As above, from JMH's log {@code log} (or null when there is none to read) */
    static String jmhVersion(BenchmarkClasspath classpath, Path log, List<JmhRecord> records) {
        Optional<String> fromClasspath = classpath.jmhVersion();
        if (fromClasspath.isPresent()) {
            return fromClasspath.get();
        }
        if (log != null && Files.isRegularFile(log)) {
            try {
                String fromLog = JmhLogParser.read(log).jmhVersion();
                if (fromLog != null) {
                    return fromLog;
                }
            } catch (IOException unreadable) {
                // fall back to the results
            }
        }
        return records.stream().map(JmhRecord::jmhVersion).filter(v -> v != null).findFirst().orElse(null);
    }

    private static String key(String name, Map<String, String> params) {
        return name + new TreeMap<>(params);
    }

    /** @return the cartesian product of the parameter values, each as name → value */
    static List<Map<String, String>> combinations(Map<String, List<String>> params) {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : param.getValue()) {
                    Map<String, String> extended = new LinkedHashMap<>(partial);
                    extended.put(param.getKey(), value);
                    next.add(extended);
                }
            }
            result = next;
        }
        return result;
    }

    /** @return the run's metadata, as {@code results.json} records it */
    static ResultsDocument.Run metadata(BenchRequest request, BenchOptions options, Listing listing,
                                        String jmhVersion, java.time.Instant startedAt, java.time.Instant finishedAt,
                                        ResultsDocument.Git git, Map<String, String> environment) {
        MachineInfo machine = MachineInfo.current();
        ResultsDocument.Jvm jvm = MachineInfo.jvm(listing.jvmProperties(), options.javaExecutable().toString());
        double seconds = Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
        RunLength length = options.runLength();
        return new ResultsDocument.Run(RunId.of(startedAt),
                startedAt.truncatedTo(ChronoUnit.SECONDS).toString(), seconds,
                git, request.project(), jvm, jmhVersion, machine.os(),
                machine.cpu(), machine.memoryBytes(), machine.fingerprint(jvm), options.configuration().name(),
                options.category(), length.presetName(), length.describe(), length.forks(),
                length.warmupIterations(), length.measurementIterations(), length.iterationTime(),
                options.forkJvmArgs(), options.profilers(),
                options.includes() == null ? null : options.includes().pattern(),
                options.excludes() == null ? null : options.excludes().pattern(), environment);
    }

    /**
     * @return runs × forks × (fork start + iterations × iteration length), as "about N min"; where
     *         the benchmarks' annotations set the run length the plugin cannot know it, and says so
     */
    private static String estimate(BenchOptions options, int runs) {
        RunLength length = options.runLength();
        if (!length.complete()) {
            return "the run length is set by the benchmarks' annotations";
        }
        double iterationSeconds = JmhTime.parse(length.iterationTime()).toMillis() / 1000.0;
        double total = runs * length.forks() * (FORK_OVERHEAD_SECONDS
                + (length.warmupIterations() + length.measurementIterations()) * iterationSeconds);
        return total < 90 ? "about " + Math.round(total) + " s" : "about " + Math.round(total / 60) + " min";
    }
}
