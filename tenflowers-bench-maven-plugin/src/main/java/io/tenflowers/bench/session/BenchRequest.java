package io.tenflowers.bench.session;

import io.tenflowers.bench.model.RatioDefinition;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.SideBySideDefinition;
import io.tenflowers.bench.options.JvmConfiguration;
import io.tenflowers.bench.options.RawOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link BenchSession} needs, gathered by whoever calls it (the Maven goal, a test):
 * the options as given, the project's vocabulary, and facts about the project.
 *
 * @param options           the options as given
 * @param categories        declared categories, name → include regex
 * @param configs           declared configurations
 * @param ratios            declared ratios
 * @param elementParams     parameters that count elements per operation
 * @param testClasspath     the project's test classpath elements
 * @param classDirectories  the project's class directories, test classes first (where a
 *                          {@code BenchmarkList} would be)
 * @param projectDirectory  the project's base directory (for git)
 * @param project           Maven coordinates
 * @param mavenJava         the {@code java} running Maven, used unless {@code jvm} is given
 * @param lockWait          how long to wait for another JMH run on this machine
 * @param failFastOnSetupFailure stop the run at the first benchmark that fails in its set-up
 * @param testSourceRoots   the project's test source roots (to tell whether it has JMH benchmarks
 *                          that were not compiled or not processed)
 * @param environmentProbe  a class on the test classpath whose {@code key=value} output is recorded
 *                          under {@code run.environment}, or null
 * @param environmentProbeJvmArgs JVM arguments the probe needs beyond the forks' (what the
 *                          benchmarks' own {@code @Fork(jvmArgs)} add, which the plugin cannot see)
 */
public record BenchRequest(RawOptions options, Map<String, String> categories, List<JvmConfiguration> configs,
                           List<RatioDefinition> ratios, List<String> elementParams, List<String> testClasspath,
                           List<Path> classDirectories, Path projectDirectory, ResultsDocument.Project project,
                           Path mavenJava, Duration lockWait, boolean failFastOnSetupFailure,
                           List<Path> testSourceRoots, String environmentProbe, List<String> environmentProbeJvmArgs,
                           SideBySideDefinition sideBySide) {
}
