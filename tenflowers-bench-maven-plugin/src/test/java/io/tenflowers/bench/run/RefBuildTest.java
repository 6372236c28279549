package io.tenflowers.bench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefBuildTest {
    private static RefBuild.Request request(Path mavenHome, Path root, String module, boolean offline) {
        Map<String, String> properties = new TreeMap<>(Map.of("skipTests", "true"));
        return new RefBuild.Request(mavenHome, Path.of(System.getProperty("java.home")), root, module,
                Path.of("/s/settings.xml"), null, Path.of("/repo"), offline, List.of("fast", "!slow"), properties,
                List.of("target/test-classes", "target/classes"), root.resolve("ref-build.log"), 1);
    }

    @Test
    void theChildBuildsTheModuleAndItsSiblingsWithThisBuildsSettings() {
        List<String> command = RefBuild.command(request(Path.of("/maven"), Path.of("/wt"), "engine", true));
        assertEquals(Path.of("/maven", "bin", "mvn").toString(), command.get(0));
        String line = String.join(" ", command);
        assertTrue(line.contains(" -B -o -s /s/settings.xml -P fast,!slow -DskipTests=true -Dmaven.repo.local=/repo"
                + " -pl engine -am test-compile org.apache.maven.plugins:maven-dependency-plugin:"), line);
        assertTrue(line.matches(".*maven-dependency-plugin:\\d+\\.\\d+\\.\\d+:build-classpath "
                + "-Dmdep\\.includeScope=test -Dmdep\\.outputFile=target/tenflowers-bench-ref\\.classpath$"), line);
        List<String> root = RefBuild.command(request(Path.of("/maven"), Path.of("/wt"), "", false));
        assertTrue(!root.contains("-pl") && !root.contains("-am") && !root.contains("-o"), root.toString());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBuildThatFailsNamesTheRefAndShowsTheEndOfItsLog(@TempDir Path dir) throws IOException {
        Path maven = fakeMaven(dir, "echo '[ERROR] COMPILATION ERROR: Sleepy.java:[18,35] illegal start of expression'\n"
                + "exit 1\n");
        BenchmarkRunException e = assertThrows(BenchmarkRunException.class,
                () -> RefBuild.build(request(maven, dir, "", false), "main (commit 1a2b3c4)"));
        assertTrue(e.getMessage().startsWith("The build of main (commit 1a2b3c4) failed (Maven exit code 1), so it "
                + "cannot be compared. Its log: " + dir.resolve("ref-build.log")), e.getMessage());
        assertTrue(e.getMessage().contains("illegal start of expression"), e.getMessage());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBuildThatSucceedsGivesTheClassDirectoriesThenItsDependencies(@TempDir Path dir) throws Exception {
        Path maven = fakeMaven(dir, "mkdir -p engine/target/classes engine/target/test-classes\n"
                + "printf '/r/jmh-core.jar:/r/gson.jar' > engine/target/tenflowers-bench-ref.classpath\n");
        assertNull(RefBuild.previous(dir, "engine", List.of("target/test-classes", "target/classes")),
                "nothing built yet");
        RefBuild.Built built = RefBuild.build(request(maven, dir, "engine", false), "main");
        assertEquals(List.of(dir.resolve("engine/target/test-classes").toString(),
                dir.resolve("engine/target/classes").toString(), "/r/jmh-core.jar", "/r/gson.jar"),
                built.testClasspath());
        assertEquals(dir.resolve("engine"), built.moduleDirectory());
        assertEquals(built, RefBuild.previous(dir, "engine", List.of("target/test-classes", "target/classes")),
                "a kept worktree's build is found again");
    }

    /** @return a Maven home whose {@code bin/mvn} runs {@code script} in the reactor directory */
    private static Path fakeMaven(Path dir, String script) throws IOException {
        Path home = dir.resolve("maven");
        Path mvn = home.resolve("bin/mvn");
        Files.createDirectories(mvn.getParent());
        Files.writeString(mvn, "#!/bin/sh\n" + script);
        assertTrue(mvn.toFile().setExecutable(true));
        return home;
    }
}
