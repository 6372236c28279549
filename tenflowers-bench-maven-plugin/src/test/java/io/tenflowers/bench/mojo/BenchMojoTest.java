package io.tenflowers.bench.mojo;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mojo's parameter handling, through Maven's own configuration of the mojo (the plugin
 * descriptor, the POM's {@code <configuration>}, defaults and expressions). Runs that need JMH are
 * covered by the invoker scenarios in {@code it/}.
 */
@MojoTest
class BenchMojoTest {
    private static final String WITH_BENCHMARKS = "target/test-classes/unit/with-benchmarks";
    private static final String WITHOUT_BENCHMARKS = "target/test-classes/unit/without-benchmarks";

    /**
     * Gives the sample project a JMH BenchmarkList where Maven puts test classes (it cannot be a
     * committed resource: target/ is ignored by git).
     */
    @BeforeEach
    void compileTheSampleBenchmarks() throws IOException {
        Path list = Path.of(WITH_BENCHMARKS, "target/test-classes/META-INF/BenchmarkList");
        Files.createDirectories(list.getParent());
        Files.writeString(list, "JMH S 13 sample.Sample S 39 sample.jmh_generated.Sample_sum_jmhTest S 3 sum\n");
    }

    /** Keeps what the mojo logs. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> infos = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }
    }

    @Test
    @Basedir(WITH_BENCHMARKS)
    @InjectMojo(goal = "bench", pom = "pom.xml")
    void defaultsFollowTheDocumentation(BenchMojo mojo) throws Exception {
        File basedir = new File(WITH_BENCHMARKS).getAbsoluteFile();
        assertEquals("all", getVariableValueFromObject(mojo, "category"));
        assertEquals("release", getVariableValueFromObject(mojo, "config"));
        assertEquals("none", getVariableValueFromObject(mojo, "preset"));
        assertEquals(List.of("gc"), getVariableValueFromObject(mojo, "profilers"));
        assertEquals(List.of("size"), getVariableValueFromObject(mojo, "elementParams"));
        assertEquals(Boolean.FALSE, getVariableValueFromObject(mojo, "summary"));
        assertEquals(new File(basedir, "target/benchmark_results").getCanonicalFile(),
                ((File) getVariableValueFromObject(mojo, "outputDirectory")).getCanonicalFile());
        assertEquals(new File(basedir, ".benchmarks").getCanonicalFile(),
                ((File) getVariableValueFromObject(mojo, "historyDirectory")).getCanonicalFile());
        assertEquals(60, (int) getVariableValueFromObject(mojo, "lockWaitMinutes"));
        assertEquals(Boolean.TRUE, getVariableValueFromObject(mojo, "failFastOnSetupFailure"));
    }

    @Test
    @Basedir(WITH_BENCHMARKS)
    @InjectMojo(goal = "bench", pom = "pom.xml")
    @MojoParameter(name = "category", value = "nope")
    @MojoParameter(name = "preset", value = "quick")
    @MojoParameter(name = "forks", value = "0")
    void badValuesFailBeforeAnythingRunsListingTheDeclaredNames(BenchMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        String nl = System.lineSeparator();
        assertEquals("Invalid benchmark options; nothing was run:" + nl
                + "  Unknown category 'nope'. Declared categories: all, basic, comparison (declare more in the "
                + "plugin's <categories>)." + nl
                + "  Unknown preset 'quick'. Allowed presets: none (the benchmarks' own annotations), smoke, standard, "
                + "thorough, gate." + nl
                + "  Invalid forks 0: it must be 1 or more (a configuration's JVM arguments apply to forked JVMs, "
                + "so a run needs at least one fork).", e.getMessage());
        assertFalse(new File(WITH_BENCHMARKS, "target/benchmark_results").exists());
    }

    @Test
    @Basedir(WITH_BENCHMARKS)
    @InjectMojo(goal = "bench", pom = "pom.xml")
    @MojoParameter(name = "config", value = "turbo")
    void anUndeclaredConfigListsTheDeclaredOnes(BenchMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("Unknown config 'turbo'. Declared configs: release, debug, parallel, gpu"),
                e.getMessage());
    }

    @Test
    @Basedir(WITHOUT_BENCHMARKS)
    @InjectMojo(goal = "bench", pom = "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
            + "<artifactId>y</artifactId><version>1</version></project>")
    @MojoParameter(name = "category", value = "basic")
    void aModuleWithoutBenchmarksIsSkippedWithOneLineEvenWithAForeignCategory(BenchMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertEquals(1, log.infos.size(), log.infos.toString());
        assertEquals("No JMH benchmarks in this module (no jmh-core on its test classpath, no @Benchmark in its test "
                + "sources): nothing to benchmark, skipping.", log.infos.get(0));
    }

    @Test
    @Basedir(WITH_BENCHMARKS)
    @InjectMojo(goal = "bench", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "category", value = "nope")
    void skipRunsNothingAndChecksNothing(BenchMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertEquals(List.of("Skipping bench: tenflowers.bench.skip is true."), log.infos);
    }
}
