package io.tenflowers.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a module has of JMH, to tell "nothing to benchmark here" (no JMH at all: skip) from "JMH is
 * set up but nothing can run" (fail, saying what to do).
 *
 * @param benchmarkList       the {@code META-INF/BenchmarkList} the annotation processor wrote, or null
 * @param jmhOnClasspath      jmh-core is on the test classpath
 * @param benchmarkSources    a test source file mentions {@code @Benchmark}
 * @param testClassesCompiled the test output directory exists
 */
public record JmhSetup(Path benchmarkList, boolean jmhOnClasspath, boolean benchmarkSources,
                       boolean testClassesCompiled) {
    /** What to add to the POM when the annotation processor did not run. */
    public static final String PROCESSOR_SNIPPET = String.join(System.lineSeparator(),
            "  <plugin>",
            "    <artifactId>maven-compiler-plugin</artifactId>",
            "    <executions>",
            "      <execution>",
            "        <id>default-testCompile</id>",
            "        <configuration>",
            "          <annotationProcessorPaths>",
            "            <path>",
            "              <groupId>org.openjdk.jmh</groupId>",
            "              <artifactId>jmh-generator-annprocess</artifactId>",
            "              <version>${jmh.version}</version>",
            "            </path>",
            "          </annotationProcessorPaths>",
            "        </configuration>",
            "      </execution>",
            "    </executions>",
            "  </plugin>");

    /**
     * @param testClasses     the module's test output directory
     * @param classes         the module's main output directory
     * @param classpath       the module's test classpath
     * @param testSourceRoots the module's test source roots
     * @return what the module has
     */
    public static JmhSetup survey(Path testClasses, Path classes, BenchmarkClasspath classpath,
                                  List<Path> testSourceRoots) {
        Optional<Path> list = BenchmarkClasspath.findBenchmarkList(List.of(testClasses, classes));
        return new JmhSetup(list.orElse(null), classpath.containsJmh(), mentionsBenchmark(testSourceRoots),
                Files.isDirectory(testClasses));
    }

    /** @return whether the module has nothing of JMH: then there is nothing to benchmark */
    public boolean noJmhAtAll() {
        return benchmarkList == null && !jmhOnClasspath && !benchmarkSources;
    }

    private static boolean mentionsBenchmark(List<Path> roots) {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                if (files.filter(f -> f.toString().endsWith(".java")).anyMatch(JmhSetup::hasBenchmarkAnnotation)) {
                    return true;
                }
            } catch (IOException | UncheckedIOException unreadable) {
                // an unreadable source tree cannot tell us more than the classpath does
            }
        }
        return false;
    }

    private static boolean hasBenchmarkAnnotation(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.contains("@Benchmark") && text.contains("org.openjdk.jmh");
        } catch (IOException | UncheckedIOException unreadable) {
            return false;
        }
    }
}
