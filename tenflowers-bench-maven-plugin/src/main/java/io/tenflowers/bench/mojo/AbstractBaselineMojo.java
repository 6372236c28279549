package io.tenflowers.bench.mojo;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** The files the baseline goals read and write: any pair can be given, like benchstat's old and new. */
public abstract class AbstractBaselineMojo extends AbstractBenchmarkMojo {
    /**
     * The baseline: saved runs and floors ({@code save-baseline} writes it; commit it). A plain
     * {@code results.json} of another run is accepted too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.baselineFile", defaultValue = "${project.basedir}/benchmarks/baseline.json")
    private File baselineFile;

    /**
     * The results to judge or save: by default those the {@code bench} goal just wrote.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.resultsFile",
            defaultValue = "${project.build.directory}/benchmark_results/results.json")
    private File resultsFile;

    /** @return the baseline file, absolute */
    protected File baselineFile() {
        return baselineFile.getAbsoluteFile();
    }

    /** @return the results file, absolute */
    protected File resultsFile() {
        return resultsFile.getAbsoluteFile();
    }
}
