package io.tenflowers.bench.mojo;

import io.tenflowers.bench.io.BaselineFileException;
import io.tenflowers.bench.session.SaveBaselineSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * Writes the baseline from a run's results, only when asked: the run becomes the saved run of its
 * machine, config and preset (replacing the previous one of the same three), the floors and every
 * other saved run are kept, and noise bands are learned from the local history of comparable runs
 * (3 or more). The file is replaced atomically. A smoke run, a run with failures, or a run of a
 * work tree with uncommitted changes is refused (the last unless {@code force}).
 *
 * @since 0.1.0
 */
@Mojo(name = "save-baseline", threadSafe = true)
public class SaveBaselineMojo extends AbstractBaselineMojo {
    /**
     * Save the run of a work tree with uncommitted changes anyway.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.force", defaultValue = "false")
    private boolean force;

    /**
     * The local history the bench goal keeps, to learn noise bands from (runs of this machine,
     * config and preset). It is git-ignored: bands reach CI only through the saved baseline.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.historyDirectory", defaultValue = "${project.basedir}/.benchmarks")
    private File historyDirectory;

    @Override
    protected String goal() {
        return "save-baseline";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException {
        try {
            new SaveBaselineSession(getLog()::info).execute(resultsFile().toPath(), baselineFile().toPath(),
                    historyDirectory == null ? null : historyDirectory.toPath(), force);
        } catch (BaselineFileException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline " + baselineFile() + " (it is unchanged): "
                    + e.getMessage());
        }
    }
}
