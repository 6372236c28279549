package io.tenflowers.autograd.kernels;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelismTest {

    @AfterEach
    void restore() {
        Parallelism.setThreads(1);
    }

    @Test
    void chunksRunOnMoreThanOneThread() {
        Parallelism.setThreads(3);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Parallelism.forEachChunk(3, chunk -> threads.add(Thread.currentThread().getName()));
        assertEquals(3, threads.size(), threads.toString());
        assertTrue(threads.contains(Thread.currentThread().getName()), "the caller runs a chunk itself");
    }

    /** Every transpose variant, on sizes that split unevenly across threads: same bits as one thread. */
    @Test
    void parallelGemmRunsOnWorkersAndGivesTheSerialResultBitForBit() {
        Random r = new Random(5);
        int m = 231;
        int k = 197;
        int n = 113;
        float[] a = new float[m * k];
        float[] b = new float[k * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextFloat() - 0.5f;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = r.nextFloat() - 0.5f;
        }
        assertTrue((long) m * n * k >= MatmulKernels.PARALLEL_PRODUCT, "large enough to be split");
        for (int variant = 0; variant < 4; variant++) {
            boolean ta = (variant & 1) != 0;
            boolean tb = (variant & 2) != 0;
            Parallelism.setThreads(1);
            float[] serial = new float[m * n];
            MatmulKernels.gemm(ta, tb, m, n, k, a, 0, b, 0, serial, 0);
            Parallelism.setThreads(2);
            long before = Parallelism.TASKS_ON_WORKERS.get();
            float[] parallel = new float[m * n];
            MatmulKernels.gemm(ta, tb, m, n, k, a, 0, b, 0, parallel, 0);
            assertTrue(Parallelism.TASKS_ON_WORKERS.get() > before, "work ran on a pool thread");
            assertArrayEquals(serial, parallel, 0f, "transposeA=" + ta + " transposeB=" + tb);
        }
    }

    /** The direct convolution splits images (forward, input gradient) and output channels (weight gradient). */
    @Test
    void parallelDirectConvolutionGivesTheSerialResultBitForBit() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ConvolutionKernels.directAvailable(), "direct kernels need the Vector API");
        Random r = new Random(9);
        int n = 16, c = 8, h = 32, w = 64, o = 16, k = 3, pad = 1; // each kernel above the 2^24 multiply-add threshold
        float[] x = new float[n * c * h * w];
        float[] weight = new float[o * c * k * k];
        float[] g = new float[n * o * h * w];
        for (float[] a : new float[][]{x, weight, g}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextFloat() - 0.5f;
            }
        }
        Parallelism.setThreads(1);
        float[] forward = ConvolutionKernels.directForward(x, n, c, h, w, weight, o, k, k, pad, null);
        float[] dx = ConvolutionKernels.directInputGradient(g, n, o, h, w, weight, c, k, k, pad);
        float[] dw = ConvolutionKernels.directWeightGradient(x, n, c, h, w, g, o, k, k, pad);
        Parallelism.setThreads(2);
        long before = Parallelism.TASKS_ON_WORKERS.get();
        assertArrayEquals(forward, ConvolutionKernels.directForward(x, n, c, h, w, weight, o, k, k, pad, null), 0f);
        assertArrayEquals(dx, ConvolutionKernels.directInputGradient(g, n, o, h, w, weight, c, k, k, pad), 0f);
        assertArrayEquals(dw, ConvolutionKernels.directWeightGradient(x, n, c, h, w, g, o, k, k, pad), 0f);
        assertTrue(Parallelism.TASKS_ON_WORKERS.get() >= before + 3, "each of the three kernels ran a chunk on a worker");
    }

    @Test
    void smallProductsStayOnTheCallersThread() {
        Parallelism.setThreads(2);
        long before = Parallelism.TASKS_ON_WORKERS.get();
        MatmulKernels.gemm(false, false, 20, 20, 20, new float[400], 0, new float[400], 0, new float[400], 0);
        assertEquals(before, Parallelism.TASKS_ON_WORKERS.get());
    }

    @Test
    void threadCountIsValidated() {
        assertEquals(1, Parallelism.fromProperty(null));
        assertEquals(4, Parallelism.fromProperty(" 4 "));
        assertEquals(Runtime.getRuntime().availableProcessors(), Parallelism.fromProperty("auto"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallelism.fromProperty("two"));
        assertEquals("system property tenflowers.threads must be a positive integer or 'auto', got 'two'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Parallelism.setThreads(0));
    }
}
