package io.tenflowers.bench.jmh;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The classpath of the JVM that runs JMH, and through it of every fork: the project's test
 * classpath (its test classes, its classes, its test-scoped dependencies, among them its own
 * jmh-core, so that the harness always matches the generated code). JMH's forks inherit
 * {@code java.class.path} of that JVM, so setting it here sets it for the forks too.
 */
public final class BenchmarkClasspath {
    /** Where JMH's annotation processor lists a module's benchmarks. */
    public static final String BENCHMARK_LIST = "META-INF/BenchmarkList";
    private static final String JMH_MAIN = "org/openjdk/jmh/Main.class";
    /** Where jmh-core keeps its version ({@code jmh.version}), read by {@code org.openjdk.jmh.util.Version}. */
    private static final String JMH_PROPERTIES = "jmh.properties";
    private static final String JMH_POM_PROPERTIES = "META-INF/maven/org.openjdk.jmh/jmh-core/pom.properties";
    private static final Pattern JMH_JAR_NAME = Pattern.compile("^jmh-core-(\\d[^/\\\\]*?)\\.jar$");

    private final List<Path> entries;

    private BenchmarkClasspath(List<Path> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param elements classpath entries in order (Maven's test classpath elements); entries that do
     *                 not exist (an empty module's {@code target/classes}) and repeats are dropped
     * @return the classpath
     */
    public static BenchmarkClasspath of(List<String> elements) {
        Set<Path> kept = new LinkedHashSet<>();
        if (elements != null) {
            for (String element : elements) {
                if (element != null && !element.isBlank()) {
                    Path path = Path.of(element).toAbsolutePath().normalize();
                    if (Files.exists(path)) {
                        kept.add(path);
                    }
                }
            }
        }
        return new BenchmarkClasspath(new ArrayList<>(kept));
    }

    /**
     * @param outputDirectories the module's own class directories (test classes first)
     * @return the first {@code META-INF/BenchmarkList} found in them; empty when the module has no
     *         JMH benchmarks (then there is nothing to run)
     */
    public static Optional<Path> findBenchmarkList(List<Path> outputDirectories) {
        return outputDirectories.stream()
                .filter(dir -> dir != null)
                .map(dir -> dir.resolve(BENCHMARK_LIST))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** @return the entries, in order */
    public List<Path> entries() {
        return entries;
    }

    /** @return the entries joined with the platform's path separator, for {@code -cp} */
    public String asArgument() {
        List<String> parts = new ArrayList<>();
        entries.forEach(entry -> parts.add(entry.toString()));
        return String.join(File.pathSeparator, parts);
    }

    /** @return whether some entry contains JMH's {@code org.openjdk.jmh.Main} */
    public boolean containsJmh() {
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                if (Files.isRegularFile(entry.resolve(JMH_MAIN))) {
                    return true;
                }
            } else {
                try (ZipFile zip = new ZipFile(entry.toFile())) {
                    if (zip.getEntry(JMH_MAIN) != null) {
                        return true;
                    }
                } catch (IOException notAJar) {
                    // not a jar (a stray file on the classpath): it cannot hold JMH either
                }
            }
        }
        return false;
    }

    /**
     * The version of the jmh-core the benchmarks run with: the first entry holding JMH's
     * {@code Main} is asked for its {@code jmh.properties} (what JMH prints as {@code # JMH version}),
     * then Maven's {@code pom.properties}, then the jar's name ({@code jmh-core-1.37.jar}).
     *
     * @return the version; empty without jmh-core or where none of these says
     */
    public Optional<String> jmhVersion() {
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                if (Files.isRegularFile(entry.resolve(JMH_MAIN))) {
                    Optional<String> version = fromDirectory(entry);
                    if (version.isPresent()) {
                        return version;
                    }
                }
            } else {
                try (ZipFile zip = new ZipFile(entry.toFile())) {
                    if (zip.getEntry(JMH_MAIN) != null) {
                        Optional<String> version = property(zip, JMH_PROPERTIES, "jmh.version")
                                .or(() -> property(zip, JMH_POM_PROPERTIES, "version"));
                        if (version.isPresent()) {
                            return version;
                        }
                        Matcher name = JMH_JAR_NAME.matcher(String.valueOf(entry.getFileName()));
                        if (name.matches()) {
                            return Optional.of(name.group(1));
                        }
                    }
                } catch (IOException notAJar) {
                    // not a jar: it cannot hold JMH either
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromDirectory(Path directory) {
        for (String[] source : new String[][]{{JMH_PROPERTIES, "jmh.version"}, {JMH_POM_PROPERTIES, "version"}}) {
            Path file = directory.resolve(source[0]);
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    Optional<String> version = value(in, source[1]);
                    if (version.isPresent()) {
                        return version;
                    }
                } catch (IOException | IllegalArgumentException unreadable) {
                    // try the next source
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> property(ZipFile zip, String name, String key) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return value(in, key);
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> value(InputStream in, String key) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
