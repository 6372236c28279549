package io.tenflowers.bench.session;

import io.tenflowers.bench.env.GitInfo;
import io.tenflowers.bench.env.MachineInfo;
import io.tenflowers.bench.io.AtomicFiles;
import io.tenflowers.bench.io.History;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.jmh.BenchmarkClasspath;
import io.tenflowers.bench.jmh.JmhJsonReader;
import io.tenflowers.bench.jmh.JmhLogRecords;
import io.tenflowers.bench.jmh.JmhRecord;
import io.tenflowers.bench.jmh.ListedBenchmark;
import io.tenflowers.bench.jmh.Listing;
import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.model.BenchmarkId;
import io.tenflowers.bench.model.JmhTime;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.options.BenchOptions;
import io.tenflowers.bench.options.InvalidOptionsException;
import io.tenflowers.bench.options.OptionsParser;
import io.tenflowers.bench.options.Vocabulary;
import io.tenflowers.bench.report.SummaryText;
import io.tenflowers.bench.results.ResultsAssembler;
import io.tenflowers.bench.run.BenchmarkRunException;
import io.tenflowers.bench.run.BenchmarkRunner;
import io.tenflowers.bench.run.FailureMessage;
import io.tenflowers.bench.run.JmhLock;
import io.tenflowers.bench.run.ProgressReporter;
import io.tenflowers.bench.run.RunOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * {@code jmh-result.json}, {@code results.json}, {@code summary.txt} and the history copy.
 */
public final class BenchSession {
    /** Our results, beside JMH's own. */
    public static final String RESULTS = "results.json";
    /** The seed's summary. */
    public static final String SUMMARY = "summary.txt";
    /** Rough cost of starting a fork and JMH's set-up in it, for the estimate shown before a run. */
    private static final double FORK_OVERHEAD_SECONDS = 1.5;

    private final Consumer<String> info;
    private final Consumer<String> error;

    /**
     * @param info  receives progress and information lines
     * @param error receives failure lines as they happen
     */
    public BenchSession(Consumer<String> info, Consumer<String> error) {
        this.info = info;
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
        // Checked before the options: a module without benchmarks (the aggregator, a library
        // module) has not declared the categories a user names for the module that has them.
        Optional<Path> benchmarkList = BenchmarkClasspath.findBenchmarkList(request.classDirectories());
        if (benchmarkList.isEmpty()) {
            return BenchOutcome.skipped("No JMH BenchmarkList in " + request.classDirectories()
                    + ": this module has no JMH benchmarks, skipping.");
        }
        Vocabulary vocabulary = Vocabulary.of(request.categories(), request.configs());
        BenchOptions options = OptionsParser.parse(request.options(), vocabulary, request.mavenJava());

        BenchmarkClasspath classpath = BenchmarkClasspath.of(request.testClasspath());
        if (!classpath.containsJmh()) {
            throw new BenchmarkRunException("The module has a JMH BenchmarkList (" + benchmarkList.get()
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
        int runs = selected.stream().mapToInt(ListedBenchmark::combinations).sum();
        info.accept(String.format(Locale.ROOT, "Running %d benchmark(s), %d with their parameters: config %s, "
                        + "category %s, preset %s (%d fork(s) × (%d warm-up + %d measured) × %s); estimated %s. "
                        + "JMH's output goes to %s", selected.size(), runs, options.configuration().name(),
                options.category(), options.preset().id(), options.forks(), options.warmupIterations(),
                options.measurementIterations(), options.iterationTime(), estimate(options, runs),
                options.outputDirectory().resolve(BenchmarkRunner.LOG)));

        ProgressReporter progress = new ProgressReporter(runs, info, error, System::nanoTime);
        RunOutcome outcome = runner.run(options, classpath, selected, request.failFastOnSetupFailure(), progress);
        return write(request, options, listing, classpath, selected, outcome);
    }

    private BenchOutcome write(BenchRequest request, BenchOptions options, Listing listing,
                              BenchmarkClasspath classpath, List<ListedBenchmark> selected, RunOutcome outcome)
            throws BenchmarkRunException {
        Path directory = options.outputDirectory();
        try {
            // A stopped JMH wrote no JSON: what completed before the stop is known only from its log.
            List<JmhRecord> records = outcome.stoppedBy() != null ? JmhLogRecords.read(outcome.log())
                    : outcome.rawJson() == null ? List.of() : JmhJsonReader.read(outcome.rawJson());
            List<BenchmarkFailure> failures = new ArrayList<>(outcome.failures());
            List<BenchmarkFailure> absent = missing(selected, records, failures);
            failures.addAll(outcome.stoppedBy() == null ? absent : notRun(absent, outcome.stoppedBy()));
            if (records.isEmpty() && failures.isEmpty()) {
                throw new BenchmarkRunException("JMH exited with code " + outcome.exitCode()
                        + " and produced no results. Its output is in " + outcome.log());
            }
            ResultsDocument.Run run = metadata(request, options, listing, jmhVersion(classpath, outcome, records),
                    outcome);
            ResultsDocument document = new ResultsAssembler(request.ratios(), request.elementParams())
                    .assemble(run, records, failures);
            Path results = directory.resolve(RESULTS);
            ResultsJson.write(document, results);
            Path summary = null;
            if (options.summary()) {
                summary = directory.resolve(SUMMARY);
                AtomicFiles.write(summary, SummaryText.render(document, results, outcome.rawJson(), outcome.log()));
            }
            // a run without a single result (all refused, all crashed) is no point on a trend chart
            Path history = options.historyDirectory() == null || document.benchmarks().isEmpty() ? null
                    : History.append(options.historyDirectory(), document);
            String message = failures.isEmpty() ? null
                    : FailureMessage.describe(failures, records.size(), results, outcome.log());
            return new BenchOutcome(null, document, results, summary, history, outcome.log(), failures, message);
        } catch (IOException e) {
            throw new BenchmarkRunException("Cannot write the results to " + directory + ": " + e.getMessage(), e);
        }
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
        Optional<String> fromClasspath = classpath.jmhVersion();
        if (fromClasspath.isPresent()) {
            return fromClasspath.get();
        }
        if (outcome.log() != null && Files.isRegularFile(outcome.log())) {
            try {
                String fromLog = JmhLogRecords.jmhVersion(Files.readAllLines(outcome.log(), StandardCharsets.UTF_8));
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

    private static ResultsDocument.Run metadata(BenchRequest request, BenchOptions options, Listing listing,
                                                String jmhVersion, RunOutcome outcome) {
        MachineInfo machine = MachineInfo.current();
        ResultsDocument.Jvm jvm = MachineInfo.jvm(listing.jvmProperties(), options.javaExecutable().toString());
        double seconds = Duration.between(outcome.startedAt(), outcome.finishedAt()).toMillis() / 1000.0;
        return new ResultsDocument.Run(outcome.startedAt().truncatedTo(ChronoUnit.SECONDS).toString(), seconds,
                GitInfo.of(request.projectDirectory()), request.project(), jvm, jmhVersion, machine.os(),
                machine.cpu(), machine.memoryBytes(), machine.fingerprint(jvm), options.configuration().name(),
                options.category(), options.preset().id(), options.forks(), options.warmupIterations(),
                options.measurementIterations(), options.iterationTime(), options.forkJvmArgs(), options.profilers(),
                options.includes() == null ? null : options.includes().pattern(),
                options.excludes() == null ? null : options.excludes().pattern());
    }

    /** @return runs × forks × (fork start + iterations × iteration length), as "about N min" */
    private static String estimate(BenchOptions options, int runs) {
        double iterationSeconds = JmhTime.parse(options.iterationTime()).toMillis() / 1000.0;
        double total = runs * options.forks() * (FORK_OVERHEAD_SECONDS
                + (options.warmupIterations() + options.measurementIterations()) * iterationSeconds);
        return total < 90 ? "about " + Math.round(total) + " s" : "about " + Math.round(total / 60) + " min";
    }
}
