package io.tenflowers.autograd.bench.pytorch;

import ai.djl.engine.EngineException;
import io.tenflowers.autograd.kernels.Parallelism;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PyTorch loads with this run's thread settings, reports them, and a load failure says what to do. */
class PyTorchRuntimeTest {
    @Test
    void pytorchLoadsWithTheEnginesThreadCountAndReportsItsVersions() {
        Map<String, String> facts = PyTorchEnvironment.facts();
        assertFalse(facts.containsKey("pytorch.load_error"), facts.toString());
        assertEquals("2.7.1", facts.get("pytorch.version"), facts.toString());
        assertEquals("0.36.0", facts.get("pytorch.djl.version"), facts.toString());
        String threads = Integer.toString(Parallelism.threads());
        assertEquals(threads, facts.get("pytorch.num_threads"), facts.toString());
        assertEquals(threads, facts.get("pytorch.num_interop_threads"), facts.toString());
        assertEquals("true", System.getProperty(PyTorchRuntime.OFFLINE));
    }

    @Test
    void aLoadFailureSaysWhyAndHowToRunWithoutPyTorch() {
        String message = PyTorchRuntime.loadFailure(new EngineException("Failed to load PyTorch native library",
                new UnsatisfiedLinkError("libtorch.so: cannot open shared object file")));
        for (String expected : new String[]{"DJL could not load PyTorch",
                "EngineException: Failed to load PyTorch native library <- UnsatisfiedLinkError: libtorch.so",
                "pytorch-native-cpu", "leave the profile off", "-Dtenflowers.bench.excludes=PeerComparison"}) {
            assertTrue(message.contains(expected), "'" + expected + "' missing from: " + message);
        }
    }
}
