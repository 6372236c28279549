package io.tenflowers.autograd.bench.pytorch;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PyTorch's side of the environment probe: the versions and the thread counts PyTorch really
 * uses, after {@link PyTorchRuntime} set them. {@code KernelEnvironment} adds these facts (found
 * by name, so that it compiles without DJL) whenever the profile {@code pytorch} put this class
 * on the classpath; the benchmark plugin records them under {@code run.environment}.
 */
public final class PyTorchEnvironment {
    private PyTorchEnvironment() {
    }

    /**
     * The facts by key, in a fixed order. Never throws: if PyTorch cannot load, the one fact
     * {@code pytorch.load_error} says why (the benchmarks' set-up then fails with the same message).
     */
    public static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        PyTorchRuntime.configure();
        facts.put("pytorch.djl.version", Engine.getDjlVersion());
        try {
            Engine engine = PyTorchRuntime.engine();
            facts.put("pytorch.version", engine.getVersion());
            facts.put("pytorch.num_threads", Integer.toString(JniUtils.getNumThreads()));
            facts.put("pytorch.num_interop_threads", Integer.toString(JniUtils.getNumInteropThreads()));
            facts.put("pytorch.num_threads.property", System.getProperty(PyTorchRuntime.NUM_THREADS));
            facts.put("pytorch.num_interop_threads.property", System.getProperty(PyTorchRuntime.NUM_INTEROP_THREADS));
        } catch (IllegalStateException e) {
            facts.put("pytorch.load_error", e.getMessage());
        }
        return facts;
    }
}
