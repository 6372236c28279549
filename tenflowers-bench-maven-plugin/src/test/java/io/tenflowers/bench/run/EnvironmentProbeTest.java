package io.tenflowers.bench.run;

import io.tenflowers.bench.jmh.BenchmarkClasspath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvironmentProbeTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final BenchmarkClasspath TEST_CLASSES = BenchmarkClasspath.of(
            List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));

    @Test
    void keyValueLinesBecomeEntriesInTheProjectDirectoryWithTheForksArguments(@TempDir Path dir) throws Exception {
        List<String> notices = new ArrayList<>();
        Map<String, String> entries = EnvironmentProbe.run(JAVA, List.of("-Dsample.flag=on"), TEST_CLASSES,
                ProbeSample.class.getName(), dir, notices::add);
        assertEquals("42", entries.get("sample.answer"));
        assertEquals(dir.toRealPath().toString(), Path.of(entries.get("sample.cwd")).toRealPath().toString());
        assertEquals("on", entries.get("sample.flag"));
        assertEquals(3, entries.size());
        assertEquals(List.of("Environment probe " + ProbeSample.class.getName()
                + " printed a line that is not key=value (ignored): not an entry"), notices);
    }

    @Test
    void aProbeThatFailsStopsTheRunNamingTheClass(@TempDir Path dir) {
        BenchmarkRunException e = assertThrows(BenchmarkRunException.class, () -> EnvironmentProbe.run(JAVA,
                List.of("-Dsample.flag=fail"), TEST_CLASSES, ProbeSample.class.getName(), dir, line -> {
                }));
        assertTrue(e.getMessage().startsWith("The environment probe " + ProbeSample.class.getName()
                + " (parameter environmentProbe) exited with code 3; it must be a class with a main method on the "
                + "test classpath that prints key=value lines. Its last output:"), e.getMessage());
    }

    @Test
    void aMissingClassIsNamed(@TempDir Path dir) {
        BenchmarkRunException e = assertThrows(BenchmarkRunException.class, () -> EnvironmentProbe.run(JAVA,
                List.of(), TEST_CLASSES, "no.such.Probe", dir, line -> {
                }));
        assertTrue(e.getMessage().contains("The environment probe no.such.Probe (parameter environmentProbe) exited"),
                e.getMessage());
        assertTrue(e.getMessage().contains("no.such.Probe"), e.getMessage());
    }
}
