package io.tenflowers.bench.model;

import java.util.List;
import java.util.Map;

/**
 * {@code results.json}, our schema (documented in the plugin's README, "Output"). Field order here
 * is the order in the file. Bump
 * {@link #SCHEMA_VERSION} on any change a reader could notice; the golden file test
 * ({@code ResultsJsonTest}) fails on every change, on purpose.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param run           what ran, where, how
 * @param benchmarks    one entry per benchmark and parameter combination that produced a result
 * @param derived       figures computed from several results
 * @param failures      benchmarks that produced no result, and why
 */
public record ResultsDocument(int schemaVersion, Run run, List<Benchmark> benchmarks, Derived derived,
                              List<Failure> failures) {
    /** Version of this schema. */
    public static final int SCHEMA_VERSION = 2;

    /**
     * Run metadata.
     *
     * @param runId                 unique id of this run; files written later about it (a comparison,
     *                              a report) name it, so that they are never taken for another run's
     * @param time                  ISO-8601 instant the JMH run started (UTC)
     * @param durationSeconds       wall time of the JMH run
     * @param git                   the project's commit, or nulls outside git
     * @param project               Maven coordinates of the benchmarked module
     * @param jvm                   the JVM that ran the forks
     * @param jmhVersion            the project's JMH version
     * @param os                    operating system
     * @param cpu                   processor
     * @param memoryBytes           physical memory, null if unknown
     * @param machineFingerprint    what makes two runs comparable
     * @param config                configuration name ({@code release}, {@code debug} or one the project declares)
     * @param category              category name
     * @param preset                preset name, {@code none} when the benchmarks' annotations rule
     * @param runLength             which settings ruled, in words (preset, annotations, overrides)
     * @param forks                 forks per benchmark given to JMH, null where the annotations decide
     *                              (each benchmark records what it actually used)
     * @param warmupIterations      warm-up iterations per fork given to JMH, or null
     * @param measurementIterations measured iterations per fork given to JMH, or null
     * @param iterationTime         length of one iteration given to JMH, or null
     * @param jvmArgs               JVM arguments the plugin appended to the forks' own
     * @param profilers             JMH profilers
     * @param includes              extra include regex, or null
     * @param excludes              exclude regex, or null
     * @param environment           facts the project reports about itself ({@code key=value} lines of
     *                              its environment probe), empty without one
     */
    public record Run(String runId, String time, double durationSeconds, Git git, Project project, Jvm jvm,
                      String jmhVersion, Os os, Cpu cpu, Long memoryBytes, Fingerprint machineFingerprint, String config,
                      String category, String preset, String runLength, Integer forks, Integer warmupIterations,
                      Integer measurementIterations, String iterationTime, List<String> jvmArgs,
                      List<String> profilers, String includes, String excludes, Map<String, String> environment) {
    }

    /**
     * @param commit full commit id, null outside git
     * @param dirty  whether tracked files differ from it (untracked files do not count), null outside git
     */
    public record Git(String commit, Boolean dirty) {
    }

    public record Project(String groupId, String artifactId, String version) {
    }

    /**
     * @param executable   the {@code java} of the forks
     * @param vendor       {@code java.vendor}
     * @param version      {@code java.version}
     * @param vmName       {@code java.vm.name}
     * @param vmVersion    {@code java.vm.version}
     * @param majorVersion feature release, e.g. 17
     */
    public record Jvm(String executable, String vendor, String version, String vmName, String vmVersion,
                      Integer majorVersion) {
    }

    public record Os(String name, String version, String arch) {
    }

    /**
     * @param model the CPU model as the OS names it (can be as vague as "AMD EPYC")
     * @param cores logical processors available
     */
    public record Cpu(String model, int cores) {
    }

    /**
     * Two runs are comparable when their fingerprints are equal. The CPU model alone is too vague,
     * so cores, memory, OS/arch and the JVM's vendor and major version count too. Memory is rounded
     * to whole GiB because kernels report slightly different totals across boots.
     *
     * @param id              first 16 hex digits of SHA-256 over the other fields
     * @param cores           logical processors
     * @param memoryGiB       physical memory, rounded to GiB
     * @param cpuModel        CPU model
     * @param os              OS name
     * @param arch            OS architecture
     * @param jvmVendor       JVM vendor
     * @param jvmMajorVersion JVM feature release
     */
    public record Fingerprint(String id, int cores, Long memoryGiB, String cpuModel, String os, String arch,
                              String jvmVendor, Integer jvmMajorVersion) {
    }

    /**
     * One benchmark with one parameter combination.
     *
     * @param id                stable id, {@code Suite.group.benchmark[k=v,…]}
     * @param benchmark         full JMH name
     * @param params            parameters, sorted by key
     * @param mode              JMH mode
     * @param unit              score unit
     * @param direction         {@code higher}, {@code lower} or {@code none}, from the unit
     * @param score             mean over all samples
     * @param error             half-width of JMH's 99.9 % interval; null where JMH gives NaN
     * @param samples           {@code samples[fork][iteration]}
     * @param elementsPerSecond score × the elements parameter, for throughput benchmarks that have one
     * @param secondary         secondary metrics by name (bytes/op, tape bytes, …)
     * @param forks             forks JMH actually ran (annotation, preset or override)
     * @param warmupIterations  warm-up iterations per fork actually run
     * @param measurementIterations measured iterations per fork actually run
     * @param iterationTime     length of a measured iteration actually used, JMH notation
     * @param jvmArgs           the forks' JVM arguments as JMH ran them ({@code @Fork(jvmArgs)} and ours)
     */
    public record Benchmark(String id, String benchmark, Map<String, String> params, String mode, String unit,
                            String direction, Double score, Double error, List<List<Double>> samples,
                            Double elementsPerSecond, Map<String, Metric> secondary, Integer forks,
                            Integer warmupIterations, Integer measurementIterations, String iterationTime,
                            List<String> jvmArgs) {
    }

    /** A secondary metric: same fields as a primary one. */
    public record Metric(String unit, String direction, Double score, Double error, List<List<Double>> samples) {
    }

    /**
     * A fitted scaling exponent ({@code score ∝ x^b} over a swept parameter).
     *
     * @param benchmark   benchmark id without parameters
     * @param param       the swept parameter
     * @param fixedParams the other parameters, held fixed
     * @param points      number of distinct parameter values fitted
     * @param from        smallest parameter value
     * @param to          largest parameter value
     * @param exponent    the fitted {@code b}
     * @param rSquared    coefficient of determination of the log-log fit, null with fewer than 3 points
     */
    public record ScalingExponent(String benchmark, String param, Map<String, String> fixedParams, int points,
                                  double from, double to, double exponent, Double rSquared) {
    }

    /**
     * @param scaling    fitted log-log exponents of benchmarks swept over a numeric parameter
     * @param ratios     ratios the project declares
     * @param sideBySide each benchmark run with the declared side-by-side parameter's reference value
     *                   against each other value (e.g. {@code engine=tenflowers} against
     *                   {@code engine=pytorch}); empty when none is declared, null in files written
     *                   before it existed
     */
    public record Derived(List<ScalingExponent> scaling, List<Ratio> ratios, List<SideBySide> sideBySide) {
        /** A document without side-by-side comparisons. */
        public Derived(List<ScalingExponent> scaling, List<Ratio> ratios) {
            this(scaling, ratios, List.of());
        }
    }

    /**
     * One workload measured on the reference and on another value of a parameter in the same run.
     *
     * <p>{@code speedup} is how many times faster the reference is: {@code median(reference) /
     * median(other)} of the fork means for a throughput, the inverse for a time per operation; its
     * interval is a percentile bootstrap over the forks of each side (seeded).
     *
     * @param benchmark      benchmark id with the other parameters, without the compared one
     * @param param          the compared parameter, e.g. {@code engine}
     * @param reference      its reference value, e.g. {@code tenflowers}
     * @param other          the other value, e.g. {@code pytorch}
     * @param unit           the scores' unit
     * @param referenceScore the reference's JMH score
     * @param otherScore     the other's JMH score
     * @param speedup        how many times faster the reference is (&gt; 1: faster)
     * @param low            lower bound of its 95 % interval, null with fewer than 2 forks a side
     * @param high           upper bound, likewise
     * @param forks          forks on the reference side and on the other, e.g. {@code [5, 5]}
     */
    public record SideBySide(String benchmark, String param, String reference, String other, String unit,
                             Double referenceScore, Double otherScore, double speedup, Double low, Double high,
                             List<Integer> forks) {
    }

    /**
     * @param name        the ratio's declared name
     * @param numerator   id of the numerator benchmark
     * @param denominator id of the denominator benchmark
     * @param metric      {@code score} or a secondary metric's name
     * @param value       numerator / denominator
     * @param error       propagated error (first order, independent errors), null if either is unknown
     */
    public record Ratio(String name, String numerator, String denominator, String metric, double value,
                        Double error) {
    }

    /**
     * @param id        stable id of the failed benchmark
     * @param benchmark full JMH name
     * @param kind      {@code EXCEPTION}, {@code SETUP}, {@code FORK_CRASH}, {@code MISSING}
     * @param error     the exception (first line) or what happened
     */
    public record Failure(String id, String benchmark, String kind, String error) {
    }
}
