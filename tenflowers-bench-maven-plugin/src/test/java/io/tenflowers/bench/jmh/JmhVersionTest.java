package io.tenflowers.bench.jmh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The project's JMH version, read from the jmh-core on its classpath (known even when every benchmark failed). */
class JmhVersionTest {
    @TempDir
    Path dir;

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Optional<String> version(Path... entries) {
        return BenchmarkClasspath.of(List.of(entries).stream().map(Path::toString).toList()).jmhVersion();
    }

    @Test
    void jmhPropertiesOfTheJarWithJmhMainComeFirst() throws IOException {
        Path other = jar("other-2.0.jar", Map.of("jmh.properties", "jmh.version=9.9\n"));
        Path jmh = jar("renamed.jar", Map.of("org/openjdk/jmh/Main.class", "",
                "jmh.properties", "# header\njmh.version=1.37\njmh.buildDate=2023/08/03\n",
                "META-INF/maven/org.openjdk.jmh/jmh-core/pom.properties", "version=1.36\n"));
        assertEquals(Optional.of("1.37"), version(other, jmh));
    }

    @Test
    void thenMavensPomPropertiesThenTheJarName() throws IOException {
        Path pom = jar("a.jar", Map.of("org/openjdk/jmh/Main.class", "",
                "META-INF/maven/org.openjdk.jmh/jmh-core/pom.properties", "groupId=org.openjdk.jmh\nversion=1.36\n"));
        assertEquals(Optional.of("1.36"), version(pom));
        Path named = jar("jmh-core-1.35.jar", Map.of("org/openjdk/jmh/Main.class", ""));
        assertEquals(Optional.of("1.35"), version(named));
    }

    @Test
    void aClassDirectoryWithJmhAndNoJmh() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/org/openjdk/jmh")).getParent().getParent().getParent();
        Files.writeString(classes.resolve("org/openjdk/jmh/Main.class"), "");
        assertEquals(Optional.empty(), version(classes));
        Files.writeString(classes.resolve("jmh.properties"), "jmh.version=1.37\n");
        assertEquals(Optional.of("1.37"), version(classes));
        assertEquals(Optional.empty(), version(jar("plain.jar", Map.of("a/B.class", "")), dir.resolve("absent.jar")));
    }

    @Test
    void theRealJmhCoreWhereTheLocalRepositoryHasIt() {
        Path real = Path.of(System.getProperty("user.home"), ".m2/repository/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(real), "no jmh-core 1.37 in ~/.m2");
        assertEquals(Optional.of("1.37"), version(real));
    }
}
