package io.tenflowers.bench.options;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsParserTest {
    private static final Path JAVA = Path.of("/usr/bin/java");
    private static final Path OUT = Path.of("/tmp/out");

    private static Vocabulary engineVocabulary() throws InvalidOptionsException {
        Map<String, String> categories = new java.util.LinkedHashMap<>();
        categories.put("basic", "GradientPerformance");
        categories.put("comparison", "PerformanceComparison");
        return Vocabulary.of(categories,
                List.of(new JvmConfiguration("parallel", List.of(), Map.of("tenflowers.threads", "0")),
                        new JvmConfiguration("gpu", List.of(), Map.of("tenflowers.backend", "gpu"))));
    }

    private static RawOptions raw(String category, String config, String preset) {
        return new RawOptions(category, config, preset, null, null, null, null, null, null, null, null, null, OUT,
                null, false);
    }

    @Test
    void defaultsAreReleaseAllTheBenchmarksOwnAnnotationsAndTheGcProfiler() throws Exception {
        BenchOptions options = OptionsParser.parse(raw(null, null, null), engineVocabulary(), JAVA);
        assertEquals("all", options.category());
        assertEquals("release", options.configuration().name());
        RunLength length = options.runLength();
        assertNull(length.preset());
        assertEquals("none", length.presetName());
        assertNull(length.forks());
        assertNull(length.warmupIterations());
        assertNull(length.measurementIterations());
        assertNull(length.iterationTime());
        assertEquals("the benchmarks' own annotations (@Fork, @Warmup, @Measurement; no preset named)",
                length.describe());
        assertEquals(List.of("gc"), options.profilers());
        assertEquals(JAVA, options.javaExecutable());
        assertEquals(List.of("-Dtenflowers.bench.config=release"), options.forkJvmArgs());
    }

    @Test
    void standardPresetIsWorthGatingOn() {
        // fork-to-fork spread needs ≥ 2 forks; an exact Mann-Whitney test of 5 + 5 samples can reach p < 0.01
        assertTrue(Preset.STANDARD.forks() >= 2);
        assertTrue(Preset.STANDARD.measurementIterations() >= 5);
    }

    @Test
    void overridesWinOverThePreset() throws Exception {
        RawOptions raw = new RawOptions("basic", "debug", "smoke", 3, 0, 7, "250ms", "add", "div",
                List.of("gc", "stack"), List.of("-Xmx1g"), null, OUT, null, true);
        BenchOptions options = OptionsParser.parse(raw, engineVocabulary(), JAVA);
        RunLength length = options.runLength();
        assertEquals(3, length.forks());
        assertEquals(0, length.warmupIterations());
        assertEquals(7, length.measurementIterations());
        assertEquals("250ms", length.iterationTime());
        assertEquals("preset smoke, overridden: forks=3, warmupIterations=0, measurementIterations=7, "
                + "iterationTime=250ms: 3 fork(s) × (0 warm-up + 7 measured) × 250ms", length.describe());
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-ea", "-Dtenflowers.bench.config=debug", "-Xmx1g"),
                options.forkJvmArgs());
        assertTrue(options.summary());
    }

    @Test
    void aNamedPresetFixesEverySetting() throws Exception {
        RunLength length = OptionsParser.parse(raw(null, null, "standard"), engineVocabulary(), JAVA).runLength();
        assertEquals(Preset.STANDARD, length.preset());
        assertEquals("preset standard: 2 fork(s) × (3 warm-up + 5 measured) × 1s", length.describe());
    }

    @Test
    void withoutAPresetOnlyTheNamedSettingIsOverridden() throws Exception {
        RawOptions raw = new RawOptions(null, null, null, 4, null, null, null, null, null, null, null, null, OUT,
                null, false);
        RunLength length = OptionsParser.parse(raw, engineVocabulary(), JAVA).runLength();
        assertEquals(4, length.forks());
        assertNull(length.measurementIterations());
        assertEquals("the benchmarks' own annotations where not overridden, overridden: forks=4", length.describe());
    }

    @Test
    void categoryIncludesAndExcludesCombineAsAnd() throws Exception {
        RawOptions raw = new RawOptions("basic", null, null, null, null, null, null, "basic\\.", "div", null, null,
                null, OUT, null, false);
        BenchOptions options = OptionsParser.parse(raw, engineVocabulary(), JAVA);
        assertTrue(options.selects("io.x.GradientPerformance.basic.add"));
        assertFalse(options.selects("io.x.GradientPerformance.basic.div"));
        assertFalse(options.selects("io.x.GradientPerformance.activation.relu"));
        assertFalse(options.selects("io.x.PerformanceComparison.basic.add"));
    }

    @Test
    void declaredConfigAddsItsSystemProperties() throws Exception {
        BenchOptions options = OptionsParser.parse(raw(null, "gpu", null), engineVocabulary(), JAVA);
        assertEquals(List.of("-Dtenflowers.backend=gpu", "-Dtenflowers.bench.config=gpu"), options.forkJvmArgs());
    }

    @Test
    void everyBadValueIsReportedAtOnceWithTheAllowedValues() throws Exception {
        RawOptions raw = new RawOptions("fast", "turbo", "quick", 0, -1, 0, "soon", "(", null, List.of("gcc"), null,
                null, OUT, null, false);
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> OptionsParser.parse(raw, engineVocabulary(), JAVA));
        assertEquals(List.of(
                "Unknown category 'fast'. Declared categories: all, basic, comparison (declare more in the plugin's <categories>).",
                "Unknown config 'turbo'. Declared configs: release, debug, parallel, gpu (declare more in the plugin's <configs>).",
                "Unknown preset 'quick'. Allowed presets: none (the benchmarks' own annotations), smoke, standard, thorough, gate.",
                "Invalid forks 0: it must be 1 or more (a configuration's JVM arguments apply to forked JVMs, so a run needs at least one fork).",
                "Invalid warmupIterations -1: it must be 0 or more.",
                "Invalid measurementIterations 0: it must be 1 or more.",
                "Invalid iterationTime: 'soon' is not a JMH time: write a whole number and a unit (ns, us, ms, s, m (or min), hr, day), e.g. 500ms or 2s.",
                "Invalid includes regex '(': Unclosed group near index 1.",
                "Unknown profiler 'gcc'. Allowed: async, cl, comp, dtraceasm, gc, jfr, mempool, pauses, perf, perfasm, perfc2c, perfnorm, safepoints, stack, xperfasm, a profiler class name, or 'none'."),
                e.problems());
    }

    @Test
    void zeroIterationTimeIsRejected() {
        RawOptions raw = new RawOptions(null, null, null, null, null, null, "0ms", null, null, null, null, null, OUT,
                null, false);
        assertThrows(InvalidOptionsException.class, () -> OptionsParser.parse(raw, engineVocabulary(), JAVA));
    }

    @Test
    void profilersNoneAndClassNames() throws Exception {
        RawOptions none = new RawOptions(null, null, null, null, null, null, null, null, null, List.of("none"), null,
                null, OUT, null, false);
        assertEquals(List.of(), OptionsParser.parse(none, engineVocabulary(), JAVA).profilers());
        RawOptions custom = new RawOptions(null, null, null, null, null, null, null, null, null,
                List.of("gc", "io.tenflowers.autograd.bench.TapeMemoryProfiler", "async:libPath=/x"), null, null, OUT,
                null, false);
        assertEquals(List.of("gc", "io.tenflowers.autograd.bench.TapeMemoryProfiler", "async:libPath=/x"),
                OptionsParser.parse(custom, engineVocabulary(), JAVA).profilers());
    }

    @Test
    void jvmMayBeAJdkHomeOrAnExecutable(@TempDir Path jdk) throws Exception {
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        makeExecutable(java);
        RawOptions home = new RawOptions(null, null, null, null, null, null, null, null, null, null, null,
                jdk.toString(), OUT, null, false);
        assertEquals(java, OptionsParser.parse(home, engineVocabulary(), JAVA).javaExecutable());
        RawOptions executable = new RawOptions(null, null, null, null, null, null, null, null, null, null, null,
                java.toString(), OUT, null, false);
        assertEquals(java, OptionsParser.parse(executable, engineVocabulary(), JAVA).javaExecutable());
        RawOptions missing = new RawOptions(null, null, null, null, null, null, null, null, null, null, null,
                jdk.resolve("nope").toString(), OUT, null, false);
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> OptionsParser.parse(missing, engineVocabulary(), JAVA));
        assertTrue(e.getMessage().contains("is neither a java executable nor a JDK home with bin/java"));
    }

    @Test
    void vocabularyRejectsRedefinitionsAndBadRegexes() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> Vocabulary.of(
                Map.of("all", "x"), List.of(new JvmConfiguration("debug", List.of(), Map.of()))));
        assertEquals(2, e.problems().size());
        InvalidOptionsException regex = assertThrows(InvalidOptionsException.class,
                () -> Vocabulary.of(Map.of("basic", "[unclosed"), List.of()));
        assertTrue(regex.getMessage().startsWith("Category 'basic' has an invalid regex"));
    }

    @Test
    void noHistoryDirectoryMeansNoHistory() throws Exception {
        assertNull(OptionsParser.parse(raw(null, null, null), engineVocabulary(), JAVA).historyDirectory());
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            assertTrue(file.toFile().setExecutable(true));
        }
    }
}
