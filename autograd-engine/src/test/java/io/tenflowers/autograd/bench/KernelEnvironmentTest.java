package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.kernels.KernelBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The probe's output is what the benchmark plugin records under {@code run.environment}: it must
 * parse line by line and describe the backend this JVM really uses. Runs in both surefire
 * executions, so both the vector and the scalar output are checked.
 */
class KernelEnvironmentTest {
    private static final String LINE = "^[a-z0-9_.]+=[^\n]*$";

    @Test
    void everyLineIsOneKeyValuePair() {
        List<String> lines = KernelEnvironment.lines();
        assertTrue(lines.size() >= 10, "too few facts: " + lines);
        for (String line : lines) {
            assertTrue(line.matches(LINE), "not a key=value line: '" + line + "'");
        }
        assertEquals(lines.size(), KernelEnvironment.facts().size(), "one line per fact, no key twice");
    }

    @Test
    void theRequiredFactsArePresent() {
        Map<String, String> facts = KernelEnvironment.facts();
        for (String key : List.of("engine.backend", "engine.backend.description", "engine.threads",
                "engine.threads.property", "engine.matmul.parallel_from", "engine.conv.direct",
                "jvm.available_processors")) {
            assertTrue(facts.containsKey(key), key + " missing from " + facts);
        }
        assertTrue(facts.keySet().stream().anyMatch(k -> k.startsWith("engine.gemm.")), "no GEMM blocking in " + facts);
        assertEquals(Integer.toString(Runtime.getRuntime().availableProcessors()), facts.get("jvm.available_processors"));
        assertTrue(Integer.parseInt(facts.get("engine.threads")) >= 1, facts.get("engine.threads"));
    }

    /** The build says which backend each surefire execution must see (with and without the module). */
    @Test
    void theBackendIsTheOneThisJvmUses() {
        String expected = System.getProperty("tenflowers.test.expectedBackend");
        assumeTrue(expected != null, "run outside the Maven build");
        Map<String, String> facts = KernelEnvironment.facts();
        assertEquals(expected, facts.get("engine.backend"));
        if (expected.equals("vector")) {
            int bits = Integer.parseInt(facts.get("engine.vector.bits"));
            int lanes = Integer.parseInt(facts.get("engine.vector.float_lanes"));
            assertEquals(bits, 32 * lanes, "an f32 lane is 32 bits");
            assertEquals(facts.get("engine.gemm.mr") + "x" + facts.get("engine.gemm.nr"), facts.get("engine.gemm.tile"));
            assertEquals(0, Integer.parseInt(facts.get("engine.gemm.nr")) % lanes, "the tile is whole vectors wide");
            assertEquals("true", facts.get("engine.conv.direct"));
        } else {
            assertTrue(facts.keySet().stream().noneMatch(k -> k.startsWith("engine.vector.")), facts.toString());
            assertEquals("false", facts.get("engine.conv.direct"));
        }
        assertEquals(KernelBackend.describe(), facts.get("engine.backend.description"));
    }

    /** stdout carries the lines and nothing else: the plugin parses all of it. */
    @Test
    void mainPrintsExactlyTheLines() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            KernelEnvironment.main(new String[0]);
        } finally {
            System.setOut(stdout);
        }
        String expected = String.join(System.lineSeparator(), KernelEnvironment.lines()) + System.lineSeparator();
        assertEquals(expected, captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCpuIsNamedByVendorFamilyModelAndStepping(@TempDir Path dir) throws IOException {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\ncpu family\t: 6\n"
                + "model\t\t: 207\nmodel name\t: Intel(R) Xeon(R) Platinum 8581C CPU @ 2.10GHz\nstepping\t: 2\n\n"
                + "processor\t: 1\nvendor_id\t: AuthenticAMD\ncpu family\t: 26\n");
        assertEquals("GenuineIntel family 6 model 207 stepping 2", KernelEnvironment.cpuId(cpuinfo));
        assertEquals(KernelEnvironment.UNSET, KernelEnvironment.cpuId(dir.resolve("absent")));
    }

    @Test
    void theCachesAndTheirSourceAreRecorded() {
        Map<String, String> facts = KernelEnvironment.facts();
        assertTrue(facts.get("engine.cpu.caches").matches("L1d \\d+ KiB, L2 \\d+ KiB, L3 \\d+ KiB"),
                facts.get("engine.cpu.caches"));
        assertEquals(KernelBackend.cacheSizes().source(), facts.get("engine.cpu.caches.source"));
    }
}
