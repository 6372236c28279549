package io.tenflowers.autograd.kernels;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs in both surefire executions: with {@code --add-modules jdk.incubator.vector} the vector
 * kernels must be chosen, without it the scalar ones (and nothing may fail to load).
 */
class KernelBackendTest {

    @Test
    void choosesTheVectorKernelsExactlyWhenTheModuleIsPresent() {
        boolean modulePresent = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        boolean forcedOff = "false".equalsIgnoreCase(System.getProperty("tenflowers.simd"));
        assertEquals(modulePresent && !forcedOff, KernelBackend.isVectorized(), KernelBackend.describe());
        assertEquals(modulePresent && !forcedOff ? "VectorGemm" : "ScalarGemm", KernelBackend.GEMM.getClass().getSimpleName());
        assertEquals(modulePresent && !forcedOff ? "VectorMath" : "ScalarMath", KernelBackend.MATH.getClass().getSimpleName());
        assertTrue(KernelBackend.describe().startsWith(modulePresent && !forcedOff ? "vector (" : "scalar"));
    }

    /** The build runs the kernel tests twice and says which backend each run must see. */
    @Test
    void theBuildGetsTheBackendItAskedFor() {
        String expected = System.getProperty("tenflowers.test.expectedBackend");
        assumeTrue(expected != null, "run outside the Maven build");
        assertEquals(expected, KernelBackend.isVectorized() ? "vector" : "scalar");
    }

    @Test
    void transcendentalsAgreeWithJavaLangMath() {
        float[] x = new float[1037];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i - 518) * 0.02f;
        }
        float[] exp = new float[x.length];
        float[] sigmoid = new float[x.length];
        float[] tanh = new float[x.length];
        KernelBackend.MATH.exp(x, exp);
        KernelBackend.MATH.sigmoid(x, sigmoid);
        KernelBackend.MATH.tanh(x, tanh);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Math.exp(x[i]), exp[i], 2e-6 * Math.exp(x[i]), "exp " + x[i]);
            assertEquals(1 / (1 + Math.exp(-x[i])), sigmoid[i], 1e-6, "sigmoid " + x[i]);
            assertEquals(Math.tanh(x[i]), tanh[i], 1e-6, "tanh " + x[i]);
        }
        float[] extreme = {-200f, -90f, 90f, 200f};
        float[] s = new float[4];
        KernelBackend.MATH.sigmoid(extreme, s);
        assertEquals(0f, s[0]);
        assertEquals(1f, s[3]);
    }

    @Test
    void aGpuBackendRequestIsRefusedWithAClearMessage() {
        String before = System.getProperty("tenflowers.backend");
        try {
            System.setProperty("tenflowers.backend", "gpu");
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    KernelBackend::checkConfiguredBackend);
            assertEquals("tenflowers.backend=gpu was requested, but this engine has no gpu backend (only 'cpu' exists; "
                    + "no GPU backend is implemented yet). Run with the release, debug or parallel configuration instead.",
                    e.getMessage());
            System.setProperty("tenflowers.backend", "cpu");
            KernelBackend.checkConfiguredBackend();
        } finally {
            if (before == null) {
                System.clearProperty("tenflowers.backend");
            } else {
                System.setProperty("tenflowers.backend", before);
            }
        }
    }

    /**
     * The GEMM's register tile follows the vector registers: 8 rows with 512-bit vectors (AVX-512's
     * 32 registers), 6 rows otherwise; two vectors wide. The build's avx2-kernels run (with
     * {@code -XX:UseAVX=2}) names the tile it must get in {@code tenflowers.test.expectedGemmTile}.
     */
    @Test
    void registerTileFollowsTheVectorRegisters() {
        assumeTrue(KernelBackend.isVectorized(), "scalar backend");
        int lanes = KernelBackend.vectorFloatLanes();
        Map<String, Integer> blocking = KernelBackend.gemmBlocking();
        assertEquals(lanes >= 16 ? 8 : 6, blocking.get("mr"), blocking.toString());
        assertEquals(2 * lanes, blocking.get("nr"), blocking.toString());
        String expected = System.getProperty("tenflowers.test.expectedGemmTile");
        if (expected != null) {
            assertEquals(expected, blocking.get("mr") + "x" + blocking.get("nr"));
        }
    }
}
