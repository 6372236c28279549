package io.tenflowers.autograd.kernels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A/B of GEMM kernels in one JVM, for scripts/gemm_ab.sh: every round times each kernel on each
 * shape for about 40 ms, in forward then reverse order, and the figure of merit is the median over
 * rounds of the per-round ratio to the first kernel. Absolute speed on the shared development
 * machines drifts by 15–50 % within minutes; a ratio taken within one round does not. The first
 * round (JIT warm-up) is dropped. Each kernel's result is checked against the scalar GEMM first.
 *
 * <p>Arguments: rounds, shapes ({@code m,n,k[,transposeA[,transposeB]]} separated by {@code ;},
 * flags 0/1), then the kernel class names (package io.tenflowers.autograd.kernels, no-argument
 * constructors).
 */
public final class GemmAB {
    private static final long SLICE_NANOS = 40_000_000L;
    private static final long WARM_UP_NANOS = 1_500_000_000L;

    private GemmAB() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: GemmAB ROUNDS 'm,n,k[,tA[,tB]];...' KernelClass...");
        }
        int rounds = Integer.parseInt(args[0]);
        List<GemmKernel> kernels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            names.add(args[i]);
            kernels.add((GemmKernel) Class.forName(GemmAB.class.getPackageName() + "." + args[i])
                    .getDeclaredConstructor().newInstance());
        }
        warmUp(kernels, args[1].split(";"));
        Random random = new Random(1);
        for (String shape : args[1].split(";")) {
            Shape sh = Shape.parse(shape);
            int m = sh.m();
            int n = sh.n();
            int k = sh.k();
            boolean ta = sh.transposeA();
            boolean tb = sh.transposeB();
            float[] a = fill(random, m * k);
            float[] b = fill(random, k * n);
            float[] expected = new float[m * n];
            new ScalarGemm().gemm(ta, tb, m, n, k, a, 0, ta ? m : k, b, 0, expected, 0);
            double[][] gflops = new double[kernels.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int v = 0; v < kernels.size(); v++) {
                    int idx = r % 2 == 0 ? v : kernels.size() - 1 - v;
                    float[] c = new float[m * n];
                    int reps = 0;
                    long start = System.nanoTime();
                    long now;
                    do {
                        Arrays.fill(c, 0f);
                        kernels.get(idx).gemm(ta, tb, m, n, k, a, 0, ta ? m : k, b, 0, c, 0);
                        reps++;
                        now = System.nanoTime();
                    } while (now - start < SLICE_NANOS);
                    gflops[idx][r] = 2.0 * m * n * k * reps / (now - start);
                    if (r == 0) {
                        check(names.get(idx), expected, c, k);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s%s%s%n", shape, ta ? " (A transposed)" : "", tb ? " (B transposed)" : "");
            for (int v = 0; v < kernels.size(); v++) {
                double[] own = Arrays.copyOfRange(gflops[v], 1, rounds);
                double[] ratio = new double[rounds - 1];
                for (int r = 1; r < rounds; r++) {
                    ratio[r - 1] = gflops[v][r] / gflops[0][r];
                }
                Arrays.sort(own);
                Arrays.sort(ratio);
                System.out.printf(Locale.ROOT, "  %-12s median %6.1f GFLOP/s   ratio to %s: median %.3f [quartiles %.3f, %.3f]%n",
                        names.get(v), own[own.length / 2], names.get(0), ratio[ratio.length / 2],
                        ratio[ratio.length / 4], ratio[ratio.length * 3 / 4]);
            }
        }
    }

    /**
     * Runs every kernel on every shape for {@link #WARM_UP_NANOS} first: C2 compiles the Vector API
     * code only after many calls, and before that it runs up to 100× slower, so the first shape
     * measured would otherwise time the compiler.
     */
    private static void warmUp(List<GemmKernel> kernels, String[] shapes) {
        for (GemmKernel kernel : kernels) {
            for (String shape : shapes) {
                Shape s = Shape.parse(shape);
                float[] a = new float[s.m() * s.k()];
                float[] b = new float[s.k() * s.n()];
                float[] c = new float[s.m() * s.n()];
                long end = System.nanoTime() + WARM_UP_NANOS / shapes.length;
                while (System.nanoTime() < end) {
                    kernel.gemm(s.transposeA(), s.transposeB(), s.m(), s.n(), s.k(), a, 0,
                            s.transposeA() ? s.m() : s.k(), b, 0, c, 0);
                }
            }
        }
    }

    /** One product: {@code m,n,k[,transposeA[,transposeB]]} with flags 0/1. */
    private record Shape(int m, int n, int k, boolean transposeA, boolean transposeB) {
        static Shape parse(String text) {
            String[] p = text.split(",");
            return new Shape(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), Integer.parseInt(p[2].trim()),
                    p.length > 3 && p[3].trim().equals("1"), p.length > 4 && p[4].trim().equals("1"));
        }
    }

    private static float[] fill(Random random, int size) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = random.nextFloat() - 0.5f;
        }
        return x;
    }

    private static void check(String name, float[] expected, float[] got, int k) {
        double worst = 0;
        for (int i = 0; i < got.length; i++) {
            worst = Math.max(worst, Math.abs(got[i] - expected[i]));
        }
        if (worst > 1e-4 * Math.sqrt(k) * 4) {
            throw new IllegalStateException(name + " computes a wrong product: largest error " + worst);
        }
    }
}
