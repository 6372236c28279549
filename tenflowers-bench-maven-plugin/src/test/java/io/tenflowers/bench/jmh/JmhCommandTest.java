package io.tenflowers.bench.jmh;

import io.tenflowers.bench.options.BenchOptions;
import io.tenflowers.bench.options.JvmConfiguration;
import io.tenflowers.bench.options.OptionsParser;
import io.tenflowers.bench.options.RawOptions;
import io.tenflowers.bench.options.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JmhCommandTest {
    @TempDir
    Path dir;

    @Test
    void classpathKeepsExistingEntriesInOrderOnce() throws IOException {
        Path testClasses = Files.createDirectories(dir.resolve("test-classes"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        BenchmarkClasspath classpath = BenchmarkClasspath.of(List.of(testClasses.toString(),
                dir.resolve("missing").toString(), classes.toString(), testClasses.toString(), ""));
        assertEquals(List.of(testClasses, classes), classpath.entries());
        assertEquals(testClasses + File.pathSeparator + classes, classpath.asArgument());
        assertFalse(classpath.containsJmh());
    }

    @Test
    void jmhIsFoundInAJarOrADirectory() throws IOException {
        Path jar = dir.resolve("jmh-core.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("org/openjdk/jmh/Main.class"));
            zip.closeEntry();
        }
        assertTrue(BenchmarkClasspath.of(List.of(jar.toString())).containsJmh());
        Path classes = Files.createDirectories(dir.resolve("classes/org/openjdk/jmh"));
        Files.writeString(classes.resolve("Main.class"), "");
        assertTrue(BenchmarkClasspath.of(List.of(dir.resolve("classes").toString())).containsJmh());
        Path notAJar = dir.resolve("notes.txt");
        try (OutputStream out = Files.newOutputStream(notAJar)) {
            out.write("hello".getBytes());
        }
        assertFalse(BenchmarkClasspath.of(List.of(notAJar.toString())).containsJmh());
    }

    @Test
    void benchmarkListIsLookedForInTheClassDirectories() throws IOException {
        Path testClasses = dir.resolve("test-classes");
        Path classes = dir.resolve("classes");
        assertEquals(Optional.empty(), BenchmarkClasspath.findBenchmarkList(List.of(testClasses, classes)));
        Path list = Files.createDirectories(testClasses.resolve("META-INF")).resolve("BenchmarkList");
        Files.writeString(list, "JMH S 1 x");
        assertEquals(Optional.of(list), BenchmarkClasspath.findBenchmarkList(List.of(testClasses, classes)));
    }

    @Test
    void runCommandSetsClasspathForkJvmAndJvmArgumentsExplicitly() throws Exception {
        Path testClasses = Files.createDirectories(dir.resolve("test-classes"));
        BenchmarkClasspath classpath = BenchmarkClasspath.of(List.of(testClasses.toString()));
        Vocabulary vocabulary = Vocabulary.of(Map.of(), List.of(new JvmConfiguration("parallel",
                List.of("-XX:+UseParallelGC"), Map.of("tenflowers.threads", "0"))));
        BenchOptions options = OptionsParser.parse(new RawOptions(null, "parallel", "smoke", null, null, null, null,
                null, null, null, List.of("-Xmx2g"), null, dir, null, false), vocabulary, Path.of("/jdk/bin/java"));
        List<ListedBenchmark> selected = List.of(new ListedBenchmark("a.B.c", Map.of()),
                new ListedBenchmark("a.B.c2", Map.of("n", List.of("1", "2"))));
        List<String> command = JmhCommand.run(options, classpath, selected, dir.resolve("raw.json"));
        int main = command.indexOf("org.openjdk.jmh.Main");
        assertEquals("/jdk/bin/java", command.get(0));
        assertEquals(List.of("-cp", testClasses.toString()), command.subList(main - 2, main));
        assertEquals("^(\\Qa.B.c\\E|\\Qa.B.c2\\E)$", command.get(main + 1));
        String options2 = String.join(" ", command.subList(main + 1, command.size()));
        assertTrue(options2.contains("-f 1 -wi 1 -i 1 -w 100ms -r 100ms -foe false -rf json -rff "
                + dir.resolve("raw.json") + " -jvm /jdk/bin/java"), options2);
        // appended to the benchmarks' own @Fork(jvmArgs), never replacing them
        assertTrue(options2.endsWith("-jvmArgsAppend -XX:+UseParallelGC -jvmArgsAppend -Dtenflowers.threads=0 "
                + "-jvmArgsAppend -Dtenflowers.bench.config=parallel -jvmArgsAppend -Xmx2g -prof gc"), options2);
        assertFalse(command.contains("-jvmArgs"), options2);
    }

    @Test
    void withoutAPresetTheBenchmarksAnnotationsRule(@TempDir Path dir) throws Exception {
        BenchOptions options = OptionsParser.parse(new RawOptions(null, null, null, 3, null, null, null,
                null, null, null, null, null, dir, null, false), Vocabulary.of(Map.of(), List.of()),
                Path.of("/jdk/bin/java"));
        List<String> command = JmhCommand.run(options, BenchmarkClasspath.of(List.of()),
                List.of(new ListedBenchmark("a.B.c", Map.of())), dir.resolve("raw.json"));
        assertEquals("3", command.get(command.indexOf("-f") + 1));
        for (String lengthOption : List.of("-wi", "-i", "-w", "-r")) {
            assertFalse(command.contains(lengthOption), lengthOption + " in " + command);
        }
    }

    @Test
    void exactNamesMatchOnlyTheSelectedBenchmarks() {
        Pattern pattern = Pattern.compile(JmhCommand.exactNames(List.of(new ListedBenchmark("a.B.c", Map.of()))));
        assertTrue(pattern.matcher("a.B.c").find());
        assertFalse(pattern.matcher("a.B.c2").find());
        assertFalse(pattern.matcher("aXB.c").find());
    }

    @Test
    void listingReadsBenchmarksParametersAndJvmProperties() throws IOException {
        Listing listing = Listing.parse(JmhLogParserTest.lines("listing.txt"));
        assertEquals("Debian", listing.jvmProperties().get("java.vendor"));
        assertEquals("17.0.15", listing.jvmProperties().get("java.version"));
        List<ListedBenchmark> benchmarks = listing.catalog().benchmarks();
        assertEquals(List.of("sample.Crash.die", "sample.Sample.boom", "sample.Sample.props", "sample.Sample.sum"),
                benchmarks.stream().map(ListedBenchmark::name).toList());
        assertEquals(Map.of(), benchmarks.get(0).params());
        assertEquals(Map.of("size", List.of("10", "100", "1000")), benchmarks.get(1).params());
        assertEquals(3, benchmarks.get(1).combinations());
        assertEquals(List.of("sample.Sample.sum"),
                listing.catalog().select(name -> name.endsWith("sum")).stream().map(ListedBenchmark::name).toList());
    }
}
