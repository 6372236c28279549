package io.tenflowers.autograd.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Which engines {@link PeerComparison} can run, with and without the Maven profile {@code pytorch}. */
class PeerEnginesTest {
    /** Surefire runs in the module's folder. */
    private static final Path VARIANT = Path.of("io", "tenflowers", "autograd", "bench", "PeerEngine.java");
    private static final Path DEFAULT_VARIANT = Path.of("src", "test", "engines-tenflowers").resolve(VARIANT);
    private static final Path PYTORCH_VARIANT = Path.of("src", "test", "engines-pytorch").resolve(VARIANT);

    /** The two copies of PeerEngine differ in the parameter's values and nowhere else. */
    @Test
    void theTwoPeerEngineVariantsDifferOnlyInTheEngineValues() throws IOException {
        List<String> plain = Files.readAllLines(DEFAULT_VARIANT);
        List<String> pytorch = Files.readAllLines(PYTORCH_VARIANT);
        assertEquals(plain.size(), pytorch.size(), DEFAULT_VARIANT + " and " + PYTORCH_VARIANT + " differ in length");
        for (int i = 0; i < plain.size(); i++) {
            if (plain.get(i).contains("@Param(")) {
                assertEquals("    @Param({\"tenflowers\"})", plain.get(i), DEFAULT_VARIANT + ":" + (i + 1));
                assertEquals("    @Param({\"tenflowers\", \"pytorch\"})", pytorch.get(i), PYTORCH_VARIANT + ":" + (i + 1));
            } else {
                assertEquals(plain.get(i), pytorch.get(i), "line " + (i + 1) + " of " + DEFAULT_VARIANT + " and " + PYTORCH_VARIANT);
            }
        }
    }

    /** The compiled variant matches the classpath: pytorch is a value exactly when its side was built. */
    @Test
    void pytorchIsAParameterValueExactlyWhenItsSideWasBuilt() throws NoSuchFieldException {
        List<String> values = List.of(PeerEngine.class.getField("engine")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value());
        assertEquals(PeerEngines.pyTorchPresent() ? PeerEngines.NAMES : List.of(PeerEngines.TENFLOWERS), values);
    }

    @Test
    void withoutTheProfilePytorchIsRefusedWithAMessageNamingTheProfile() {
        assumeFalse(PeerEngines.pyTorchPresent(), "the profile pytorch is active");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PeerEngines.open(PeerEngines.PYTORCH));
        assertTrue(e.getMessage().contains("-Ppytorch") && e.getMessage().contains("-Dtenflowers.bench.category=pytorch")
                && e.getMessage().contains("run_benchmarks.sh -c pytorch"), e.getMessage());
    }

    @Test
    void anUnknownEngineIsRefusedWithTheAllowedNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeerEngines.open("jax"));
        assertTrue(e.getMessage().contains("'jax'") && e.getMessage().contains("[tenflowers, pytorch]"), e.getMessage());
    }
}
