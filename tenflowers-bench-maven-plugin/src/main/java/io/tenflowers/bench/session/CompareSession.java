package io.tenflowers.bench.session;

import io.tenflowers.bench.baseline.BaselineGate;
import io.tenflowers.bench.baseline.CompareGate;
import io.tenflowers.bench.baseline.GateSettings;
import io.tenflowers.bench.env.GitException;
import io.tenflowers.bench.env.GitInfo;
import io.tenflowers.bench.env.GitRefs;
import io.tenflowers.bench.env.GitWorktree;
import io.tenflowers.bench.io.ComparisonJson;
import io.tenflowers.bench.io.OwnedOutputs;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.jmh.BenchmarkClasspath;
import io.tenflowers.bench.jmh.ForkMerge;
import io.tenflowers.bench.jmh.JmhJsonReader;
import io.tenflowers.bench.jmh.JmhRecord;
import io.tenflowers.bench.jmh.JmhSetup;
import io.tenflowers.bench.jmh.ListedBenchmark;
import io.tenflowers.bench.jmh.Listing;
import io.tenflowers.bench.model.BenchmarkFailure;
import io.tenflowers.bench.model.BenchmarkId;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.options.BenchOptions;
import io.tenflowers.bench.options.InvalidOptionsException;
import io.tenflowers.bench.options.OptionsParser;
import io.tenflowers.bench.options.RunLength;
import io.tenflowers.bench.options.Vocabulary;
import io.tenflowers.bench.results.ResultsAssembler;
import io.tenflowers.bench.run.BenchmarkRunException;
import io.tenflowers.bench.run.BenchmarkRunner;
import io.tenflowers.bench.run.ForkSchedule;
import io.tenflowers.bench.run.ForkSchedule.Side;
import io.tenflowers.bench.run.JmhLock;
import io.tenflowers.bench.run.ProgressReporter;
import io.tenflowers.bench.run.RefBuild;
import io.tenflowers.bench.run.RunListener;
import io.tenflowers.bench.run.RunOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One {@code compare} run without Maven: choose the other commit, check it out in a temporary
 * worktree, build the same module there ({@link RefBuild}), run every selected benchmark's forks
 * alternately on the two sides ({@link ForkSchedule}), write both sides' {@code results.json}, judge
 * them paired by position ({@link CompareGate}) into {@code comparison.json}, and remove the
 * worktree, also when something failed.
 *
 * <p>Layout of the output directory: {@code results.json} (the working tree, which the report
 * shows), {@code comparison.json}, {@code ref/results.json} (the other side), {@code ref-build.log},
 * {@code forks/} (JMH's log and JSON of every fork), and the summaries when asked for.
 */
public final class CompareSession {
    /** Pairs of forks when neither a preset nor {@code forks} names a number. */
    public static final int DEFAULT_PAIRS = 10;
    /** The other side's directory inside the output directory. */
    public static final String REF_DIRECTORY = "ref";
    /** The child build's log, inside the output directory. */
    public static final String REF_BUILD_LOG = "ref-build.log";
    private static final String FORKS_DIRECTORY = "forks";

    private final Consumer<String> info;
    private final Consumer<String> warn;
    private final Consumer<String> error;

    /**
     * @param info  receives progress and information lines
     * @param warn  receives warnings
     * @param error receives failure lines as they happen
     */
    public CompareSession(Consumer<String> info, Consumer<String> warn, Consumer<String> error) {
        this.info = info;
        this.warn = warn;
        this.error = error;
    }

    /**
     * What to compare, and how.
     *
     * @param bench           the selection and run options, as for {@code bench}; its output
     *                        directory is replaced by {@code outputDirectory}
     * @param against         the ref named by the user, or null to choose by {@link GitRefs#choose}
     * @param settings        how to judge
     * @param seed            a seed for a random fork order, or null for alternating pairs
     * @param outputDirectory where both sides' results and the comparison go
     * @param worktreeParent  where the temporary worktree goes (the module's {@code target/})
     * @param reactorRoot     the directory of the build's root pom (the worktree builds from its copy)
     * @param maven           how the child Maven builds the other side; its reactor root, module,
     *                        class directories and log are filled in here
     * @param summaries       draw {@code summary.html} and {@code summary.md}
     * @param keepRefBuild    keep the worktree and its build ({@code compare-ref-<commit>}) for the next
     *                        comparison with the same commit, and reuse one that is there
     */
    public record Request(BenchRequest bench, String against, GateSettings settings, Long seed, Path outputDirectory,
                          Path worktreeParent, Path reactorRoot, RefBuild.Request maven, boolean summaries,
                          boolean keepRefBuild) {
    }

    /**
     * @param skipped        why nothing ran (a module without benchmarks), or null
     * @param gate           the verdicts and their lines
     * @param results        the working tree's {@code results.json}
     * @param refResults     the ref's {@code results.json}
     * @param comparison     {@code comparison.json}
     * @param pages          the summaries, or null
     * @param failures       benchmarks that failed on either side
     */
    public record Outcome(String skipped, BaselineGate.Outcome gate, Path results, Path refResults, Path comparison,
                          ReportSession.Written pages, List<BenchmarkFailure> failures) {
        static Outcome skip(String why) {
            return new Outcome(why, null, null, null, null, null, List.of());
        }
    }

    /**
     * @param request what to compare
     * @return the comparison
     * @throws InvalidOptionsException if an option cannot be used (nothing ran)
     * @throws BenchmarkRunException   if the comparison could not be done: the ref is unknown or does
     *                                 not build, JMH cannot list or run, a file cannot be written
     */
    public Outcome execute(Request request) throws InvalidOptionsException, BenchmarkRunException {
        BenchRequest bench = request.bench();
        BenchmarkClasspath classpath = BenchmarkClasspath.of(bench.testClasspath());
        JmhSetup setup = JmhSetup.survey(bench.classDirectories().get(0), bench.classDirectories().get(1), classpath,
                bench.testSourceRoots());
        if (setup.noJmhAtAll()) {
            return Outcome.skip("No JMH benchmarks in this module: nothing to compare, skipping.");
        }
        BenchSession.requireBenchmarkList(setup, bench.classDirectories().get(0));
        Vocabulary vocabulary = Vocabulary.of(bench.categories(), bench.configs());
        BenchOptions given = OptionsParser.parse(bench.options(), vocabulary, bench.mavenJava());
        RunLength length = given.runLength();
        int pairs = length.forks() != null ? length.forks() : DEFAULT_PAIRS;
        if (pairs < 2) {
            // e.g. the smoke preset: it still shows that both sides build and run, but judges nothing
            warn.accept("forks = " + pairs + " (preset " + length.presetName() + "): running 2 pairs, too few for "
                    + "any verdict. Name -Dtenflowers.bench.forks=" + DEFAULT_PAIRS + " (pairs of forks) or more to "
                    + "judge.");
            pairs = 2;
        }
        Path out = request.outputDirectory();
        RunLength oneFork = new RunLength(length.preset(), 1, length.warmupIterations(),
                length.measurementIterations(), length.iterationTime(), length.overrides());
        RunLength recorded = new RunLength(length.preset(), pairs, length.warmupIterations(),
                length.measurementIterations(), length.iterationTime(), length.overrides());

        GitRefs.Choice choice;
        Path topLevel;
        try {
            choice = GitRefs.choose(bench.projectDirectory(), request.against());
            topLevel = GitRefs.topLevel(bench.projectDirectory());
        } catch (GitException e) {
            throw new BenchmarkRunException(e.getMessage(), e);
        }
        String refName = choice.ref();
        String what = refName + " (commit " + shortId(choice.commit()) + ")";
        info.accept("Comparing the working tree with " + what + ": " + choice.why() + ".");

        BenchmarkRunner runner = new BenchmarkRunner(new JmhLock(JmhLock.defaultLockFile(), bench.lockWait(),
                Duration.ofSeconds(5)));
        Listing listing = runner.list(given.javaExecutable(), classpath, bench.projectDirectory());
        List<ListedBenchmark> selected = listing.catalog().select(given::selects);
        if (selected.isEmpty()) {
            throw new BenchmarkRunException("No benchmark of the working tree matches category '" + given.category()
                    + "'" + (given.includes() == null ? "" : ", includes '" + given.includes() + "'")
                    + (given.excludes() == null ? "" : ", excludes '" + given.excludes() + "'")
                    + ". The module has these benchmarks:" + listing.catalog().describe());
        }
        prepare(out);

        Path reactorInRepo = topLevel.relativize(request.reactorRoot().toAbsolutePath().normalize());
        String module = request.reactorRoot().toAbsolutePath().normalize()
                .relativize(bench.projectDirectory().toAbsolutePath().normalize()).toString().replace('\\', '/');
        List<String> classDirectories = bench.classDirectories().stream()
                .map(d -> bench.projectDirectory().toAbsolutePath().relativize(d.toAbsolutePath()).toString())
                .toList();
        Path buildLog = out.resolve(REF_BUILD_LOG);
        GitWorktree temporary = null;
        Path worktreePath;
        boolean reused = false;
        try {
            if (request.keepRefBuild()) {
                GitWorktree.Kept kept = GitWorktree.keep(bench.projectDirectory(), choice.commit(),
                        request.worktreeParent());
                worktreePath = kept.path();
                reused = kept.reused();
            } else {
                temporary = GitWorktree.add(bench.projectDirectory(), choice.commit(), request.worktreeParent());
                worktreePath = temporary.path();
            }
        } catch (GitException e) {
            throw new BenchmarkRunException("Cannot check out " + what + ": " + e.getMessage(), e);
        }
        BenchmarkRunException failure = null;
        try {
            Path reactorCopy = worktreePath.resolve(reactorInRepo.toString()).normalize();
            RefBuild.Built built = reused ? RefBuild.previous(reactorCopy, module, classDirectories) : null;
            if (built != null) {
                info.accept("Reusing the build of " + what + " in " + worktreePath + " (keepRefBuild).");
            } else {
                info.accept("Building " + what + " in " + worktreePath + " (log: " + buildLog + ") ...");
                RefBuild.Request maven = request.maven();
                built = RefBuild.build(new RefBuild.Request(maven.mavenHome(), maven.javaHome(), reactorCopy, module,
                        maven.userSettings(), maven.globalSettings(), maven.localRepository(), maven.offline(),
                        maven.profiles(), maven.properties(), classDirectories, buildLog, maven.timeoutMinutes()),
                        what);
            }
            BenchmarkClasspath refClasspath = BenchmarkClasspath.of(built.testClasspath());
            Listing refListing = runner.list(given.javaExecutable(), refClasspath, built.moduleDirectory());
            List<ListedBenchmark> refSelected = refListing.catalog().select(given::selects);

            Instant started = Instant.now();
            Sides sides = new Sides(selected, refSelected);
            BenchOptions forkOptions = with(given, oneFork, out.resolve(FORKS_DIRECTORY));
            Map<Side, BenchmarkClasspath> classpaths = new EnumMap<>(Map.of(Side.WORKING_TREE, classpath,
                    Side.REF, refClasspath));
            Map<Side, Path> directories = new EnumMap<>(Map.of(Side.WORKING_TREE, bench.projectDirectory(),
                    Side.REF, built.moduleDirectory()));
            info.accept(String.format(Locale.ROOT, "Running %d benchmark(s) on both sides: %d pair(s) of forks "
                            + "each, %s; config %s. Run length of each fork: %s.", sides.names().size(), pairs,
                    request.seed() == null ? "alternating which side runs first (A B, B A, ...)"
                            : "each pair's order drawn at random (seed " + request.seed() + ")",
                    given.configuration().name(), oneFork.describe()));
            Forks forks = runForks(runner, sides, pairs, request.seed(), forkOptions, classpaths, directories,
                    bench.failFastOnSetupFailure());
            Instant finished = Instant.now();

            BenchOptions resultsOptions = with(given, recorded, out);
            ResultsDocument workingTree = assemble(bench, resultsOptions, listing, classpath, started, finished,
                    GitInfo.of(bench.projectDirectory()), forks.records(Side.WORKING_TREE),
                    forks.failures(Side.WORKING_TREE));
            ResultsDocument ref = assemble(bench, resultsOptions, refListing, refClasspath, started, finished,
                    GitInfo.of(built.moduleDirectory()), forks.records(Side.REF), forks.failures(Side.REF));
            Path results = out.resolve(OwnedOutputs.RESULTS);
            Path refResults = out.resolve(REF_DIRECTORY).resolve(OwnedOutputs.RESULTS);
            Files.createDirectories(refResults.getParent());
            ResultsJson.write(ref, refResults);
            ResultsJson.write(workingTree, results);
            BaselineGate.Outcome gate = new CompareGate(request.settings()).judge(workingTree, ref, refName,
                    refResults.toString());
            Path comparison = out.resolve(OwnedOutputs.COMPARISON);
            ComparisonJson.write(gate.document(), comparison);
            ReportSession.Written pages = null;
            if (request.summaries()) {
                pages = ReportSession.writeSummaries(new ReportSession.Request(results, null, null,
                        bench.project().artifactId(), warn));
            }
            List<BenchmarkFailure> failures = new ArrayList<>(forks.failures(Side.WORKING_TREE));
            failures.addAll(forks.failures(Side.REF));
            return new Outcome(null, gate, results, refResults, comparison, pages, failures);
        } catch (IOException e) {
            failure = new BenchmarkRunException("Cannot write the comparison to " + out + ": " + e.getMessage(), e);
            throw failure;
        } catch (BenchmarkRunException e) {
            failure = e;
            throw e;
        } finally {
            if (temporary != null) {
                try {
                    temporary.close();
                } catch (GitException e) {
                    if (failure != null) {
                        failure.addSuppressed(e);
                    }
                    warn.accept(e.getMessage());
                }
            } else {
                info.accept("Kept the worktree of " + what + " and its build for the next comparison (keepRefBuild): "
                        + worktreePath);
            }
        }
    }

    private Forks runForks(BenchmarkRunner runner, Sides sides, int pairs, Long seed, BenchOptions forkOptions,
                           Map<Side, BenchmarkClasspath> classpaths, Map<Side, Path> directories,
                           boolean failFast) throws BenchmarkRunException {
        int total = 0;
        for (String name : sides.names()) {
            for (Side side : Side.values()) {
                ListedBenchmark listed = sides.get(side, name);
                total += listed == null ? 0 : pairs * listed.combinations();
            }
        }
        String[] label = {""};
        ProgressReporter progress = new ProgressReporter(total, line -> info.accept(label[0] + line),
                line -> error.accept(label[0] + line), System::nanoTime);
        RunListener listener = new FirstStartOnly(progress);
        Forks forks = new Forks();
        int benchmarkIndex = 0;
        for (String name : sides.names()) {
            List<ForkSchedule.Fork> schedule = seed == null ? ForkSchedule.alternating(pairs)
                    : ForkSchedule.random(pairs, seed + benchmarkIndex);
            benchmarkIndex++;
            for (ForkSchedule.Fork fork : schedule) {
                ListedBenchmark listed = sides.get(fork.side(), name);
                if (listed == null) {
                    continue;
                }
                label[0] = String.format(Locale.ROOT, "%-12s pair %2d  ", side(fork.side()), fork.pair() + 1);
                RunOutcome outcome = runner.run(forkOptions, classpaths.get(fork.side()), List.of(listed), failFast,
                        listener, directories.get(fork.side()));
                List<JmhRecord> records;
                try {
                    records = outcome.rawJson() == null ? List.of() : JmhJsonReader.read(outcome.rawJson());
                } catch (IOException e) {
                    throw new BenchmarkRunException("Cannot read JMH's results of " + name + " on the "
                            + side(fork.side()) + ": " + e.getMessage(), e);
                }
                forks.add(fork, records, outcome.failures());
                keepForkOutputs(forkOptions.outputDirectory(), name, fork);
            }
        }
        return forks;
    }

    /** Keeps each fork's JMH log and JSON for a reader, named by benchmark, side and pair. */
    private static void keepForkOutputs(Path directory, String name, ForkSchedule.Fork fork)
            throws BenchmarkRunException {
        String stem = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1) + "-"
                + (fork.side() == Side.REF ? "ref" : "tree") + "-" + (fork.pair() + 1);
        try {
            for (String file : List.of(BenchmarkRunner.LOG, BenchmarkRunner.RAW_JSON)) {
                Path source = directory.resolve(file);
                if (Files.exists(source)) {
                    Files.move(source, directory.resolve(stem + "." + file),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new BenchmarkRunException("Cannot keep the outputs of a fork in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private ResultsDocument assemble(BenchRequest bench, BenchOptions options, Listing listing,
                                     BenchmarkClasspath classpath, Instant started, Instant finished,
                                     ResultsDocument.Git git, List<JmhRecord> records,
                                     List<BenchmarkFailure> failures) {
        // each fork's log was moved aside under its own name: the classpath and the records tell it
        String jmhVersion = BenchSession.jmhVersion(classpath, (Path) null, records);
        ResultsDocument.Run run = BenchSession.metadata(bench, options, listing, jmhVersion, started, finished, git,
                Map.of());
        return new ResultsAssembler(bench.ratios(), bench.elementParams(), bench.sideBySide()).assemble(run, records, failures);
    }

    private void prepare(Path out) throws BenchmarkRunException {
        try {
            Files.createDirectories(out);
            OwnedOutputs.removeFrom(out);
            for (Path stale : List.of(out.resolve(FORKS_DIRECTORY), out.resolve(REF_DIRECTORY))) {
                if (Files.isDirectory(stale)) {
                    try (Stream<Path> walk = Files.walk(stale)) {
                        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.deleteIfExists(out.resolve(REF_BUILD_LOG));
            Files.createDirectories(out.resolve(FORKS_DIRECTORY));
        } catch (IOException e) {
            throw new BenchmarkRunException("Cannot prepare " + out + " for the comparison: " + e
                    + ". Remove it by hand, or choose another compareDirectory.", e);
        }
    }

    private static BenchOptions with(BenchOptions options, RunLength length, Path outputDirectory) {
        return new BenchOptions(options.category(), options.categoryPattern(), options.configuration(), length,
                options.includes(), options.excludes(), options.profilers(), options.extraJvmArgs(),
                options.javaExecutable(), outputDirectory, null, options.summary());
    }

    private static String side(Side side) {
        return side == Side.REF ? "ref" : "working tree";
    }

    private static String shortId(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }

    /** The benchmarks of each side, by name: the working tree's order, then the ref's own. */
    private static final class Sides {
        private final Map<String, ListedBenchmark> tree = new LinkedHashMap<>();
        private final Map<String, ListedBenchmark> ref = new LinkedHashMap<>();
        private final List<String> names = new ArrayList<>();

        Sides(List<ListedBenchmark> treeSelected, List<ListedBenchmark> refSelected) {
            treeSelected.forEach(b -> tree.put(b.name(), b));
            refSelected.forEach(b -> ref.put(b.name(), b));
            names.addAll(tree.keySet());
            ref.keySet().stream().filter(n -> !tree.containsKey(n)).forEach(names::add);
        }

        List<String> names() {
            return names;
        }

        ListedBenchmark get(Side side, String name) {
            return (side == Side.REF ? ref : tree).get(name);
        }
    }

    /**
     * Every fork's records, by side, benchmark id and pair. A pair whose fork failed on one side is
     * dropped on the other too, so that fork {@code i} of each side stays the neighbour of the other's.
     */
    private static final class Forks {
        private final Map<Side, Map<String, TreeMap<Integer, JmhRecord>>> records = new EnumMap<>(Side.class);
        private final Map<Side, List<BenchmarkFailure>> failures = new EnumMap<>(Side.class);

        Forks() {
            for (Side side : Side.values()) {
                records.put(side, new LinkedHashMap<>());
                failures.put(side, new ArrayList<>());
            }
        }

        void add(ForkSchedule.Fork fork, List<JmhRecord> forkRecords, List<BenchmarkFailure> forkFailures) {
            for (JmhRecord record : forkRecords) {
                records.get(fork.side()).computeIfAbsent(BenchmarkId.of(record.benchmark(), record.params()),
                        k -> new TreeMap<>()).put(fork.pair(), record);
            }
            for (BenchmarkFailure failure : forkFailures) {
                boolean known = failures.get(fork.side()).stream().anyMatch(f -> f.benchmark()
                        .equals(failure.benchmark()) && f.params().equals(failure.params()));
                if (!known) {
                    failures.get(fork.side()).add(failure);
                }
            }
        }

        List<JmhRecord> records(Side side) {
            Side other = side == Side.REF ? Side.WORKING_TREE : Side.REF;
            List<JmhRecord> merged = new ArrayList<>();
            records.get(side).forEach((id, byPair) -> {
                TreeMap<Integer, JmhRecord> others = records.get(other).get(id);
                List<JmhRecord> kept = byPair.entrySet().stream()
                        .filter(e -> others == null || others.containsKey(e.getKey()))
                        .map(Map.Entry::getValue).toList();
                if (!kept.isEmpty()) {
                    merged.add(ForkMerge.merge(kept));
                }
            });
            return merged;
        }

        List<BenchmarkFailure> failures(Side side) {
            return failures.get(side);
        }
    }

    /** JMH starts once per fork here; the progress clock should start once per comparison. */
    private static final class FirstStartOnly implements RunListener {
        private final RunListener delegate;
        private boolean started;

        FirstStartOnly(RunListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void started() {
            if (!started) {
                started = true;
                delegate.started();
            }
        }

        @Override
        public void finished(String benchmark, Map<String, String> params, String resultText) {
            delegate.finished(benchmark, params, resultText);
        }

        @Override
        public void failed(BenchmarkFailure failure) {
            delegate.failed(failure);
        }

        @Override
        public void stopping(BenchmarkFailure failure) {
            delegate.stopping(failure);
        }

        @Override
        public void notice(String message) {
            delegate.notice(message);
        }
    }
}
