package io.tenflowers.bench.mojo;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.reporting.MavenReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report as Maven configures it, both ways in: the goal alone ({@code execute()}) and the site
 * ({@code generate(…)} after {@code setReportOutputDirectory}, as maven-site-plugin calls it). The
 * page's content is ReportSession's; here: where it goes, what is logged, when nothing is written,
 * and how a failure reads. {@code it/src/it/site-report} and {@code report-no-results} run it in
 * real builds.
 */
@MojoTest
class ReportMojoTest {
    private static final String PROJECT = "target/test-classes/unit/without-benchmarks";
    private static final String POM = "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
            + "<artifactId>sample</artifactId><version>1</version></project>";

    @TempDir
    Path site;

    @Test
    @Basedir(PROJECT)
    @InjectMojo(goal = "report", pom = POM)
    void defaultsFollowTheDocumentation(ReportMojo mojo) throws Exception {
        File basedir = new File(PROJECT).getCanonicalFile();
        assertEquals(new File(basedir, "target/benchmark_results/results.json"),
                ((File) getVariableValueFromObject(mojo, "resultsFile")).getCanonicalFile());
        assertEquals(new File(basedir, "benchmarks/baseline.json"),
                ((File) getVariableValueFromObject(mojo, "baselineFile")).getCanonicalFile());
        assertEquals(new File(basedir, ".benchmarks"),
                ((File) getVariableValueFromObject(mojo, "historyDirectory")).getCanonicalFile());
        // reportOutputDirectory (${project.reporting.outputDirectory}) is not modelled by the harness's
        // project: it-report-no-results shows the goal writing to target/site, where mvn site would
        assertEquals("tenflowers-bench/index", mojo.getOutputName());
        assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, mojo.getCategoryName());
        assertEquals("Benchmarks", mojo.getName(Locale.ROOT));
        assertTrue(mojo.isExternalReport());
        // no results there: the site keeps the page anyway, which says how to produce them
        assertFalse(new File(basedir, "target/benchmark_results/results.json").exists());
        assertTrue(mojo.canGenerateReport());
    }

    @Test
    @Basedir(PROJECT)
    @InjectMojo(goal = "report", pom = POM)
    void withoutResultsTheGoalWritesThePageThatSaysHowToProduceThem(ReportMojo mojo) throws Exception {
        BenchMojoTest.RecordingLog log = new BenchMojoTest.RecordingLog();
        mojo.setLog(log);
        mojo.setReportOutputDirectory(site.toFile());
        mojo.execute();
        Path page = site.resolve("tenflowers-bench/index.html");
        Path results = new File(PROJECT, "target/benchmark_results/results.json").getAbsoluteFile().toPath();
        assertEquals(List.of("No benchmark results at " + results + ": the report says how to produce them.",
                "Report: " + page), log.infos);
        assertTrue(Files.readString(page).contains("No benchmark results yet"));
    }

    @Test
    @Basedir(PROJECT)
    @InjectMojo(goal = "report", pom = POM)
    void theSiteGetsThePageInTheDirectoryItSets(ReportMojo mojo) throws Exception {
        mojo.setLog(new BenchMojoTest.RecordingLog());
        mojo.setReportOutputDirectory(site.toFile());
        mojo.generate(null, null, Locale.ENGLISH);
        assertTrue(Files.readString(site.resolve("tenflowers-bench/index.html")).startsWith("<!DOCTYPE html>"));
        try (var files = Files.walk(site)) {
            // nothing but the page: no skin, no styles or images of the site's
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    @Basedir(PROJECT)
    @InjectMojo(goal = "report", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipWritesNothingAndLeavesThePageOutOfTheSite(ReportMojo mojo) throws Exception {
        BenchMojoTest.RecordingLog log = new BenchMojoTest.RecordingLog();
        mojo.setLog(log);
        mojo.setReportOutputDirectory(site.toFile());
        assertFalse(mojo.canGenerateReport());
        mojo.execute();
        mojo.generate(null, null, Locale.ENGLISH);
        assertEquals(List.of("Skipping report: tenflowers.bench.skip is true."), log.infos);
        assertFalse(Files.exists(site.resolve("tenflowers-bench")));
    }

    @Test
    @Basedir(PROJECT)
    @InjectMojo(goal = "report", pom = POM)
    void aPageThatCannotBeWrittenFailsWithOneMessageAndNoStackTrace(ReportMojo mojo) throws Exception {
        mojo.setLog(new BenchMojoTest.RecordingLog());
        // a file where the page's folder should be
        Files.writeString(site.resolve("tenflowers-bench"), "not a directory");
        mojo.setReportOutputDirectory(site.toFile());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("Cannot write the benchmark report "
                + site.resolve("tenflowers-bench/index.html") + ": "), e.getMessage());
        assertNull(e.getCause());
    }
}
