package io.tenflowers.bench.mojo;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal of this plugin shares: the {@code skip} switches, checked once in a final
 * {@link #execute()} so that no goal can forget them, and the project.
 *
 * <p>Exceptions, for every goal: {@link MojoFailureException} is an expected outcome of a run that
 * a build should stop on (a benchmark threw, failed in its set-up, crashed its fork or left no
 * result; a regression, in the goals that judge), {@link MojoExecutionException} a run that could
 * not start or finish (bad options, nothing to run in a module that uses JMH, JMH's lock not freed
 * in time, the listing failed).
 */
public abstract class AbstractBenchmarkMojo extends AbstractMojo {
    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tenflowers.bench.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Maven's switch for "compile no tests and run none": the benchmarks live among the test classes,
     * so the goal is skipped too (with its own line). {@code skipTests}, which compiles the tests and
     * only skips running them, never skips benchmarks.
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false", readonly = true)
    private boolean mavenTestSkip;

    /** The module being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goal() + ": tenflowers.bench.skip is true.");
            return;
        }
        if (mavenTestSkip) {
            getLog().info("Skipping " + goal() + ": maven.test.skip is true, so no test classes (and no benchmarks)"
                    + " were compiled.");
            return;
        }
        executeGoal();
    }

    /** @return the goal's name as users type it, e.g. {@code bench} */
    protected abstract String goal();

    /**
     * The goal's work, once the skip switches have been checked.
     *
     * @throws MojoExecutionException if the run cannot start or finish
     * @throws MojoFailureException   if the run finished with a result that fails the build
     */
    protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    /** @return the module being built */
    protected MavenProject project() {
        return project;
    }
}
