package io.tenflowers.bench.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The plugin's package boundaries (see "Architecture" in the plugin's README): packages by role,
 * each depending one way only, Maven's API confined to the goals, and no knowledge of any project
 * the plugin benchmarks.
 */
class ArchitectureTest {
    private static JavaClasses plugin;

    @BeforeAll
    static void importMainClasses() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tenflowers.bench");
    }

    @Test
    void packagesHaveNoCycles() {
        ArchRule rule = slices().matching("io.tenflowers.bench.(*)..").should().beFreeOfCycles();
        rule.check(plugin);
    }

    @Test
    void onlyTheGoalsSpeakMaven() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.tenflowers.bench.mojo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .because("the plugin's logic lives in plain classes a test or another build tool can call");
        rule.check(plugin);
    }

    @Test
    void thePluginKnowsNoProjectItBenchmarks() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("io.tenflowers.autograd..")
                .because("the plugin benchmarks any Maven project; the engine is only its first user");
        rule.check(plugin);
    }

    @Test
    void layersDependOneWay() {
        // Lower layers never reach up: the model is the bottom, the goals the top.
        layer("model", "options", "jmh", "run", "io", "env", "stats", "baseline", "report", "results",
                "session", "mojo");
        layer("options", "jmh", "run", "session", "mojo", "report", "baseline");
        layer("jmh", "run", "session", "mojo", "report", "baseline", "results");
        layer("stats", "jmh", "run", "session", "mojo", "report", "baseline", "io", "env", "options");
        layer("io", "jmh", "run", "session", "mojo", "report", "options");
        layer("env", "jmh", "session", "mojo", "report", "baseline", "io", "results");
        layer("run", "session", "mojo", "report", "baseline", "results");
        layer("session", "mojo");
    }

    @Test
    void chartsKnowOnlyGeometry() {
        // The chart model is drawn from plain numbers and words: it must not learn the report's
        // documents, so that a chart can be tested (and reused) without a benchmark run.
        ArchRule rule = noClasses().that().resideInAPackage("io.tenflowers.bench.report.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tenflowers.bench.report",
                        "io.tenflowers.bench.model..", "io.tenflowers.bench.io..", "io.tenflowers.bench.baseline..")
                .because("charts are geometry from numbers; the report adapts its documents to them");
        rule.check(plugin);
    }

    private static void layer(String lower, String... upper) {
        String[] packages = new String[upper.length];
        for (int i = 0; i < upper.length; i++) {
            packages[i] = "io.tenflowers.bench." + upper[i] + "..";
        }
        noClasses().that().resideInAPackage("io.tenflowers.bench." + lower + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packages)
                .allowEmptyShould(true)
                .check(plugin);
    }
}
