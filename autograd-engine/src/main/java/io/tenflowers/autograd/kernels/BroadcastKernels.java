package io.tenflowers.autograd.kernels;

/** Broadcasting a tensor to a larger shape, and its adjoint: summing back to the smaller shape. */
public final class BroadcastKernels {
    private BroadcastKernels() {
    }

    /** Copies {@code in} (shape {@code inShape}) to every position of {@code outShape} it broadcasts to. */
    public static float[] broadcastTo(float[] in, int[] inShape, int[] outShape) {
        float[] out = Buffers.uninitialized(Shapes.size(outShape));
        if (in.length == 1) {
            java.util.Arrays.fill(out, in[0]);
            return out;
        }
        StridedRows rows = new StridedRows(outShape, Shapes.broadcastStrides(inShape, outShape));
        int n = rows.rowLength;
        int stride = rows.innerStride(0);
        for (int r = 0, oo = 0; r < rows.rows; r++, oo += n) {
            int io = rows.offsets[0];
            if (stride == 1) {
                System.arraycopy(in, io, out, oo, n);
            } else {
                java.util.Arrays.fill(out, oo, oo + n, in[io]);
            }
            rows.next();
        }
        return out;
    }

    /**
     * Sums {@code in} (shape {@code inShape}) over every dimension along which {@code outShape}
     * was broadcast to it: the adjoint of {@link #broadcastTo}.
     */
    public static float[] sumTo(float[] in, int[] inShape, int[] outShape) {
        float[] out = Buffers.zeroed(Shapes.size(outShape));
        StridedRows rows = new StridedRows(inShape, Shapes.broadcastStrides(outShape, inShape));
        int n = rows.rowLength;
        int stride = rows.innerStride(0);
        for (int r = 0, io = 0; r < rows.rows; r++, io += n) {
            int oo = rows.offsets[0];
            if (stride == 1) {
                for (int i = 0; i < n; i++) {
                    out[oo + i] += in[io + i];
                }
            } else {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += in[io + i];
                }
                out[oo] += (float) s;
            }
            rows.next();
        }
        return out;
    }
}
