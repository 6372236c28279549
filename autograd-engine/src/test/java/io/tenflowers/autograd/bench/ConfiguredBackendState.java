package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.kernels.KernelBackend;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The set-up every benchmark shares: before a trial measures anything, refuse a backend the engine
 * does not have ({@code -Dtenflowers.backend=gpu}, the {@code gpu} configuration) with one
 * message, rather than measure the CPU under a GPU label.
 *
 * <p>{@link SuiteDefaults} extends this class, so every benchmark group is a state of this kind.
 * JMH builds an instance of a benchmark's own class for every trial anyway, and runs the
 * {@code @Setup} methods that class inherits (its generator walks the superclasses: each generated
 * {@code *_jmhTest} class calls {@link #checkConfiguredBackend()}). So every benchmark gets this
 * check in its trial set-up, whatever state arguments it takes, and those argument states need
 * none of their own. {@code ConfiguredBackendStateTest} holds both to that.
 */
@State(Scope.Thread)
public abstract class ConfiguredBackendState {

    /** Fails the trial if the configured backend is not one the engine has. */
    @Setup(Level.Trial)
    public final void checkConfiguredBackend() {
        KernelBackend.checkConfiguredBackend();
    }
}
