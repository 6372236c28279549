package io.tenflowers.bench.mojo;

import io.tenflowers.bench.session.ReportSession;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The benchmark report: one standalone HTML page (inline CSS and SVG charts, no request beyond the
 * file) with the latest run's results, the verdicts of the baseline check when it judged that run,
 * and trends over the stored history.
 *
 * <p>One class serves both ways in, as JaCoCo's report does: declared under {@code <reporting>} it
 * is a page of {@code mvn site} (listed under Project Reports), and {@code mvn tenflowers-bench:report}
 * writes the same page to the same place. It reads only files ({@code results.json}, the
 * {@code comparison.json} beside it, the history, the baseline), so it never runs a benchmark and
 * needs no build before it. Without results it still writes the page, saying how to produce them:
 * a site must not fail because nobody has benchmarked yet.
 *
 * <p>The page is {@code tenflowers-bench/index.html} in the site's directory, a folder of its own so
 * that its name cannot collide with another report's. It is an <i>external</i> report: we write the
 * whole page ourselves rather than through Doxia, which could not carry the SVG charts. Like
 * JaCoCo's, the class implements the reporting API on a plain mojo instead of extending
 * maven-reporting-impl's {@code AbstractMavenReport}, whose final {@code execute()} renders a goal
 * run through a site skin: it resolves one (downloading the default skin for a project without a
 * {@code site.xml}, and failing offline) and copies the skin's images and styles beside a page
 * that uses none of them.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMojo implements MavenMultiPageReport {
    /** The page's folder in the site's directory. */
    static final String FOLDER = "tenflowers-bench";

    /**
     * The run to show: by default the results the {@code bench} goal writes. The verdicts come from
     * the {@code comparison.json} beside it, when it judged this run.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.resultsFile",
            defaultValue = "${project.build.directory}/benchmark_results/results.json")
    private File resultsFile;

    /**
     * The baseline, for its floors and noise bands; left out when there is none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.baselineFile", defaultValue = "${project.basedir}/benchmarks/baseline.json")
    private File baselineFile;

    /**
     * The history the {@code bench} goal keeps, for the trend charts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.historyDirectory", defaultValue = "${project.basedir}/.benchmarks")
    private File historyDirectory;

    /**
     * Skip the report: the goal writes nothing and the site leaves the page out.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The site's directory: the page goes into its {@code tenflowers-bench} folder. {@code mvn site}
     * sets it; the goal alone writes where {@code mvn site} would.
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    /** The module being reported on. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The goal alone: {@code mvn tenflowers-bench:report}. */
    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping report: tenflowers.bench.skip is true.");
            return;
        }
        try {
            writePage();
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** The site: {@code mvn site} calls this for the page of the Project Reports. */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        // The sink stays unused: an external report writes its own file.
        if (canGenerateReport()) {
            writePage();
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    private void writePage() throws MavenReportException {
        // normalized: a module's site directory is often written ../target/site/<artifactId>
        Path page = getReportOutputDirectory().toPath().toAbsolutePath().resolve(getOutputName() + ".html")
                .normalize();
        Path results = resultsFile.getAbsoluteFile().toPath().normalize();
        if (!Files.exists(results)) {
            getLog().info("No benchmark results at " + results + ": the report says how to produce them.");
        }
        Path baseline = baselineFile == null ? null : baselineFile.getAbsoluteFile().toPath();
        ReportSession.Request request = new ReportSession.Request(results,
                historyDirectory == null ? null : historyDirectory.getAbsoluteFile().toPath(),
                baseline != null && Files.isRegularFile(baseline) ? baseline : null,
                project.getArtifactId(), getLog()::warn);
        try {
            ReportSession.writePage(request, page);
        } catch (IOException | UncheckedIOException e) {
            // no cause: the message says it all, and Maven would print the cause's message again
            throw new MavenReportException("Cannot write the benchmark report " + page + ": " + e.getMessage());
        }
        getLog().info("Report: " + page);
    }

    @Override
    public String getOutputName() {
        return FOLDER + "/index";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Benchmarks";
    }

    @Override
    public String getDescription(Locale locale) {
        return "JMH benchmark results of the latest run: scores with their error, the baseline check's verdicts "
                + "and trends over the stored history.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    /** @return true unless skipped: without results the page says how to produce them */
    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
