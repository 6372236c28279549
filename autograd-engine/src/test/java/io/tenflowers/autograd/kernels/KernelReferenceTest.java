package io.tenflowers.autograd.kernels;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every kernel against a plain reference loop, on odd sizes that do not divide any block size. */
class KernelReferenceTest {

    private static float[] random(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextFloat() * 2 - 1;
        }
        return v;
    }

    private static float[] naiveMatmul(float[] a, float[] b, int m, int k, int n) {
        float[] c = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += (double) a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = (float) s;
            }
        }
        return c;
    }

    private static float[] transpose(float[] x, int rows, int cols) {
        float[] t = new float[x.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = x[i * cols + j];
            }
        }
        return t;
    }

    /**
     * Both GEMM implementations (the scalar fallback, and the backend in use: the Vector API one
     * when the module is present), all four transpose variants, sizes that leave partial
     * register tiles and partial cache blocks of this machine's blocking (kc = 256, mc = 256,
     * nc = 2048 on a 48 KiB / 1 MiB / 32 MiB machine), accumulating into C.
     */
    @ParameterizedTest
    @CsvSource({"1,1,1", "7,7,7", "33,33,33", "1,257,1", "257,3,129", "5,130,513", "64,1,7", "257,257,257",
            "97,300,2100", "6,256,32", "100,100,100", "40,80,10", "13,64,16", "521,263,45", "9,17,33"})
    void gemmMatchesTheTripleLoopForEveryTransposeAndBackend(int m, int k, int n) {
        for (GemmKernel kernel : new GemmKernel[]{new ScalarGemm(), KernelBackend.GEMM}) {
            assertGemmMatchesTripleLoop(kernel, m, k, n);
        }
    }

    /**
     * The vector kernel under the blocking other machines get (a 2 MiB-L2 Xeon, and caches so
     * small that every panel size is at its minimum), on sizes just past each panel size, so that
     * a blocking this machine does not choose is still checked.
     */
    @ParameterizedTest
    @CsvSource({"49152,2097152,110100480", "8192,65536,262144", "49152,1048576,33554432"})
    void vectorGemmIsRightUnderOtherMachinesBlocking(long l1, long l2, long l3) {
        assumeTrue(KernelBackend.isVectorized(), "the Vector API module is not present");
        int mr = KernelBackend.GEMM.blocking().get("mr");
        int nr = KernelBackend.GEMM.blocking().get("nr");
        GemmBlocking blocking = GemmBlocking.forCaches(new CacheSizes(l1, l2, l3, "test"), mr, nr);
        GemmKernel kernel = new VectorGemm(blocking);
        // Past kc, past mc with a partial MR-row panel, past nr.
        int k = blocking.kc() + 3;
        assertGemmMatchesTripleLoop(kernel, blocking.mc() + mr + 1, k, nr + 5);
        assertGemmMatchesTripleLoop(kernel, 2 * mr + 3, k, 2 * nr + 1);
        assertGemmMatchesTripleLoop(kernel, mr - 1, 2 * blocking.kc() + 1, Math.min(blocking.nc() + 1, 600));
    }

    private static void assertGemmMatchesTripleLoop(GemmKernel kernel, int m, int k, int n) {
        Random r = new Random(m * 31L + k * 7L + n);
        float[] a = random(r, m * k);
        float[] b = random(r, k * n);
        float[] c0 = random(r, m * n);
        float[] expected = naiveMatmul(a, b, m, k, n);
        for (int i = 0; i < expected.length; i++) {
            expected[i] += c0[i];
        }
        float[] aT = transpose(a, m, k);
        float[] bT = transpose(b, k, n);
        for (int variant = 0; variant < 4; variant++) {
            boolean ta = (variant & 1) != 0;
            boolean tb = (variant & 2) != 0;
            float[] c = c0.clone();
            kernel.gemm(ta, tb, m, n, k, ta ? aT : a, 0, ta ? m : k, tb ? bT : b, 0, c, 0);
            assertArrayEquals(expected, c, 1e-4f * (float) Math.sqrt(k),
                    kernel.getClass().getSimpleName() + " " + kernel.blocking() + " m=" + m + " k=" + k + " n=" + n
                            + " transposeA=" + ta + " transposeB=" + tb);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void batchedMatmulBroadcastsBatchDimensions(int batch) {
        Random r = new Random(batch);
        int m = 5;
        int k = 33;
        int n = 7;
        float[] a = random(r, batch * m * k);
        float[] b = random(r, k * n);   // one matrix shared by every batch entry
        float[] c = MatmulKernels.batched(a, new int[]{batch}, false, b, new int[0], false, new int[]{batch}, m, k, n);
        for (int i = 0; i < batch; i++) {
            float[] ai = java.util.Arrays.copyOfRange(a, i * m * k, (i + 1) * m * k);
            assertArrayEquals(naiveMatmul(ai, b, m, k, n), java.util.Arrays.copyOfRange(c, i * m * n, (i + 1) * m * n), 1e-4f);
        }
    }

    /**
     * Batched products large enough for the vector GEMM (so each batch entry starts at an offset
     * into A, read in place when small), with A stored transposed or not.
     */
    @ParameterizedTest
    @CsvSource({"13,40,37,false", "13,40,37,true", "7,257,33,false", "100,100,100,true"})
    void batchedVectorProductsReadEveryEntryFromItsOffset(int m, int k, int n, boolean transposeA) {
        int batch = 3;
        Random r = new Random(m * 7L + k + n);
        float[] a = random(r, batch * m * k);
        float[] b = random(r, k * n);
        float[] c = MatmulKernels.batched(a, new int[]{batch}, transposeA, b, new int[0], false, new int[]{batch}, m, k, n);
        for (int i = 0; i < batch; i++) {
            float[] ai = java.util.Arrays.copyOfRange(a, i * m * k, (i + 1) * m * k);
            float[] plain = transposeA ? transpose(ai, k, m) : ai;
            assertArrayEquals(naiveMatmul(plain, b, m, k, n), java.util.Arrays.copyOfRange(c, i * m * n, (i + 1) * m * n),
                    1e-4f * (float) Math.sqrt(k), "batch entry " + i);
        }
    }

    @ParameterizedTest
    @CsvSource({"1,1,3,3,1,3,1,0", "2,3,7,5,4,3,1,1", "1,2,9,9,3,3,2,1", "3,1,8,6,2,2,2,0", "1,4,5,5,1,1,1,0"})
    void convolutionViaIm2colMatchesTheDirectLoop(int n, int c, int h, int w, int o, int k, int stride, int pad) {
        Random r = new Random(n * 1000L + c * 100 + h);
        float[] x = random(r, n * c * h * w);
        float[] weight = random(r, o * c * k * k);
        int oh = ConvolutionKernels.outputSize(h, k, stride, pad);
        int ow = ConvolutionKernels.outputSize(w, k, stride, pad);
        float[] cols = ConvolutionKernels.im2col(x, n, c, h, w, k, k, stride, pad);
        float[] viaGemm = MatmulKernels.batched(weight, new int[0], false, cols, new int[]{n}, false, new int[]{n}, o, c * k * k, oh * ow);
        float[] direct = new float[n * o * oh * ow];
        for (int img = 0; img < n; img++) {
            for (int oc = 0; oc < o; oc++) {
                for (int y = 0; y < oh; y++) {
                    for (int xx = 0; xx < ow; xx++) {
                        double s = 0;
                        for (int ic = 0; ic < c; ic++) {
                            for (int i = 0; i < k; i++) {
                                for (int j = 0; j < k; j++) {
                                    int iy = y * stride + i - pad;
                                    int ix = xx * stride + j - pad;
                                    if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                                        s += weight[((oc * c + ic) * k + i) * k + j] * x[((img * c + ic) * h + iy) * w + ix];
                                    }
                                }
                            }
                        }
                        direct[((img * o + oc) * oh + y) * ow + xx] = (float) s;
                    }
                }
            }
        }
        assertArrayEquals(direct, viaGemm, 1e-4f);
    }

    /**
     * The direct stride-1 kernels (Vector API backend only) against the im2col route, on widths
     * that fill whole vectors, leave tails, or are narrower than one vector; channel counts that
     * leave a partial 4-channel block; kernels wider than 4 columns; an odd number of whole
     * vectors per image (paired tiles plus a single one); with the bias added in the kernel.
     */
    @ParameterizedTest
    @CsvSource({"2,3,8,32,16,3,1", "1,2,5,19,5,3,1", "1,1,7,7,1,1,0", "2,5,9,33,6,5,2", "1,3,6,17,7,3,0", "1,2,4,40,3,6,1", "2,3,3,16,5,3,1", "1,16,5,48,3,3,1", "2,16,7,32,3,3,1", "1,4,5,17,7,3,2", "2,3,6,32,16,3,1", "1,2,3,17,11,3,1"})
    void directConvolutionMatchesIm2colAndItsGradientsAreAdjoints(int n, int c, int h, int w, int o, int k, int pad) {
        org.junit.jupiter.api.Assumptions.assumeTrue(ConvolutionKernels.directAvailable(), "direct kernels need the Vector API");
        Random r = new Random(n * 100L + c * 10 + w);
        float[] x = random(r, n * c * h * w);
        float[] weight = random(r, o * c * k * k);
        int oh = h + 2 * pad - k + 1;
        int ow = w + 2 * pad - k + 1;
        float[] cols = ConvolutionKernels.im2col(x, n, c, h, w, k, k, 1, pad);
        float[] viaGemm = MatmulKernels.batched(weight, new int[0], false, cols, new int[]{n}, false, new int[]{n}, o, c * k * k, oh * ow);
        float[] direct = ConvolutionKernels.directForward(x, n, c, h, w, weight, o, k, k, pad, null);
        assertArrayEquals(viaGemm, direct, 1e-4f);
        float[] bias = random(r, o);
        float[] withBias = ConvolutionKernels.directForward(x, n, c, h, w, weight, o, k, k, pad, bias);
        for (int i = 0; i < viaGemm.length; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(viaGemm[i] + bias[i / (oh * ow) % o], withBias[i], 1e-4f,
                    "with bias, output " + i);
        }
        // ⟨conv(x), g⟩ = ⟨x, inputGrad(g)⟩ = ⟨w, weightGrad(x, g)⟩ (the convolution is bilinear).
        float[] g = random(r, direct.length);
        double forward = 0;
        for (int i = 0; i < g.length; i++) {
            forward += (double) direct[i] * g[i];
        }
        float[] dx = ConvolutionKernels.directInputGradient(g, n, o, oh, ow, weight, c, k, k, pad);
        float[] dw = ConvolutionKernels.directWeightGradient(x, n, c, h, w, g, o, k, k, pad);
        double viaInput = 0;
        for (int i = 0; i < x.length; i++) {
            viaInput += (double) x[i] * dx[i];
        }
        double viaWeight = 0;
        for (int i = 0; i < weight.length; i++) {
            viaWeight += (double) weight[i] * dw[i];
        }
        org.junit.jupiter.api.Assertions.assertEquals(forward, viaInput, 1e-3 * (1 + Math.abs(forward)));
        org.junit.jupiter.api.Assertions.assertEquals(forward, viaWeight, 1e-3 * (1 + Math.abs(forward)));
    }

    /** col2im is the adjoint of im2col: ⟨im2col(x), y⟩ = ⟨x, col2im(y)⟩ for all x, y. */
    @ParameterizedTest
    @CsvSource({"2,3,7,5,3,1,1", "1,2,9,9,3,2,1", "1,1,4,4,2,2,0"})
    void col2imIsTheAdjointOfIm2col(int n, int c, int h, int w, int k, int stride, int pad) {
        Random r = new Random(h * 13L + w);
        float[] x = random(r, n * c * h * w);
        float[] cols = ConvolutionKernels.im2col(x, n, c, h, w, k, k, stride, pad);
        float[] y = random(r, cols.length);
        float[] back = ConvolutionKernels.col2im(y, n, c, h, w, k, k, stride, pad);
        double left = 0;
        for (int i = 0; i < cols.length; i++) {
            left += (double) cols[i] * y[i];
        }
        double right = 0;
        for (int i = 0; i < x.length; i++) {
            right += (double) x[i] * back[i];
        }
        org.junit.jupiter.api.Assertions.assertEquals(left, right, 1e-4);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void broadcastBinaryMatchesIndexArithmetic(long seed) {
        Random r = new Random(seed);
        int[] out = {1 + r.nextInt(4), 1 + r.nextInt(5), 1 + r.nextInt(6)};
        int[] aShape = {out[0], 1, out[2]};
        int[] bShape = {out[1], 1};
        float[] a = random(r, Shapes.size(aShape));
        float[] b = random(r, Shapes.size(bShape));
        float[] got = ElementwiseKernels.binary(BinaryOp.SUB, a, aShape, b, bShape, out);
        float[] sums = BroadcastKernels.sumTo(got, out, aShape);
        for (int i = 0; i < out[0]; i++) {
            for (int j = 0; j < out[1]; j++) {
                for (int l = 0; l < out[2]; l++) {
                    float expected = a[i * out[2] + l] - b[j];
                    org.junit.jupiter.api.Assertions.assertEquals(expected, got[(i * out[1] + j) * out[2] + l], 0f);
                }
            }
        }
        for (int i = 0; i < out[0]; i++) {
            for (int l = 0; l < out[2]; l++) {
                double s = 0;
                for (int j = 0; j < out[1]; j++) {
                    s += got[(i * out[1] + j) * out[2] + l];
                }
                org.junit.jupiter.api.Assertions.assertEquals(s, sums[i * out[2] + l], 1e-5);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1,1", "7,33", "257,3", "33,257"})
    void transposeMatchesIndexArithmetic(int rows, int cols) {
        Random r = new Random(rows + cols);
        float[] x = random(r, 2 * rows * cols);
        float[] t = TransposeKernels.swapAxes(x, new int[]{2, rows, cols}, 1, 2);
        for (int b = 0; b < 2; b++) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    org.junit.jupiter.api.Assertions.assertEquals(x[(b * rows + i) * cols + j], t[(b * cols + j) * rows + i], 0f);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "3,7,1", "2,5,4", "1,257,3"})
    void softmaxRowsSumToOneAndReductionsMatch(int outer, int axis, int inner) {
        Random r = new Random(outer * 7L + axis);
        float[] x = random(r, outer * axis * inner);
        float[] y = SoftmaxKernels.softmax(x, outer, axis, inner, false);
        float[] logY = SoftmaxKernels.softmax(x, outer, axis, inner, true);
        float[] sums = ReductionKernels.reduce(ReductionKernels.Kind.SUM, y, outer, axis, inner);
        float[] max = ReductionKernels.reduce(ReductionKernels.Kind.MAX, x, outer, axis, inner);
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                org.junit.jupiter.api.Assertions.assertEquals(1.0, sums[o * inner + i], 1e-5);
                float m = Float.NEGATIVE_INFINITY;
                for (int a = 0; a < axis; a++) {
                    int idx = (o * axis + a) * inner + i;
                    m = Math.max(m, x[idx]);
                    org.junit.jupiter.api.Assertions.assertEquals(Math.log(y[idx]), logY[idx], 1e-5);
                }
                org.junit.jupiter.api.Assertions.assertEquals(m, max[o * inner + i], 0f);
            }
        }
    }

    /** A sum along an axis of length 0 is zeros of the remaining shape, whether inner is 1 or not. */
    @ParameterizedTest
    @CsvSource({"1,1", "3,1", "2,3", "1,5"})
    void sumAlongAnEmptyAxisIsZero(int outer, int inner) {
        float[] out = ReductionKernels.reduce(ReductionKernels.Kind.SUM, new float[0], outer, 0, inner);
        assertArrayEquals(new float[outer * inner], out, 0f);
        assertThrows(IllegalArgumentException.class,
                () -> ReductionKernels.reduce(ReductionKernels.Kind.MAX, new float[0], outer, 0, inner));
    }
}
