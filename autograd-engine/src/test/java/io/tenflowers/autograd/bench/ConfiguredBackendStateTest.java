package io.tenflowers.autograd.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every benchmark refuses a backend the engine does not have in its trial set-up, from one inherited method. */
class ConfiguredBackendStateTest {
    private static final String GPU_REFUSAL = "tenflowers.backend=gpu was requested, but this engine has no gpu backend";

    @Test
    void everyBenchmarkGroupIsAConfiguredBackendState() {
        for (Method benchmark : BenchmarkInvoker.benchmarks(GradientPerformance.class, PerformanceComparison.class,
                PeerComparison.class).values()) {
            assertTrue(ConfiguredBackendState.class.isAssignableFrom(benchmark.getDeclaringClass()),
                    BenchmarkInvoker.name(benchmark) + ": its group does not extend SuiteDefaults");
        }
    }

    /** What JMH's annotation processor generated calls the inherited set-up, for every benchmark. */
    @Test
    void theGeneratedCodeOfEveryBenchmarkCallsTheInheritedSetUp() throws IOException {
        List<BenchmarkListEntry> entries = BenchmarkListTest.entries();
        assertFalse(entries.isEmpty());
        for (BenchmarkListEntry entry : entries) {
            String target = entry.generatedTarget();
            String generatedClass = target.substring(0, target.lastIndexOf('.'));
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(generatedClass.replace('.', '/') + ".class")) {
                assertNotNull(in, generatedClass + " is missing");
                String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(constants.contains("checkConfiguredBackend"),
                        generatedClass + " never calls ConfiguredBackendState.checkConfiguredBackend()");
            }
        }
    }

    /** tape.create takes no state argument: its group's own instance makes the check. */
    @Test
    void aGpuBackendFailsTheTrialSetUpOfBenchmarksWithAndWithoutStateArguments() {
        Method create = BenchmarkInvoker.benchmarks(GradientPerformance.class).get("GradientPerformance.tape.create");
        Method add = BenchmarkInvoker.benchmarks(PerformanceComparison.class).get("PerformanceComparison.regression.add");
        String before = System.getProperty("tenflowers.backend");
        try {
            System.setProperty("tenflowers.backend", "gpu");
            for (Method benchmark : List.of(create, add)) {
                AssertionError failure = assertThrows(AssertionError.class, () -> BenchmarkInvoker.invokeAll(benchmark));
                IllegalStateException refusal = assertInstanceOf(IllegalStateException.class, failure.getCause(),
                        BenchmarkInvoker.name(benchmark));
                assertTrue(refusal.getMessage().startsWith(GPU_REFUSAL), refusal.getMessage());
            }
            System.setProperty("tenflowers.backend", "cpu");
            assertEquals(1, BenchmarkInvoker.invokeAll(create).size());
        } finally {
            if (before == null) {
                System.clearProperty("tenflowers.backend");
            } else {
                System.setProperty("tenflowers.backend", before);
            }
        }
    }
}
