package io.tenflowers.autograd.kernels;

/** Copies a tensor with two of its dimensions swapped. */
public final class TransposeKernels {
    private TransposeKernels() {
    }

    /** Returns the elements of {@code x} (shape {@code shape}) laid out with dims {@code d0}, {@code d1} swapped. */
    public static float[] swapAxes(float[] x, int[] shape, int d0, int d1) {
        int[] outShape = shape.clone();
        outShape[d0] = shape[d1];
        outShape[d1] = shape[d0];
        int[] inStrides = Shapes.strides(shape);
        int[] readStrides = inStrides.clone();
        readStrides[d0] = inStrides[d1];
        readStrides[d1] = inStrides[d0];
        float[] out = Buffers.uninitialized(x.length);
        StridedRows rows = new StridedRows(outShape, readStrides);
        int n = rows.rowLength;
        int s = rows.innerStride(0);
        for (int r = 0, oo = 0; r < rows.rows; r++, oo += n) {
            int io = rows.offsets[0];
            for (int i = 0; i < n; i++) {
                out[oo + i] = x[io + i * s];
            }
            rows.next();
        }
        return out;
    }
}
