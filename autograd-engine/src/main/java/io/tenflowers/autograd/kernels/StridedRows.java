package io.tenflowers.autograd.kernels;

/**
 * Walks the rows (all dimensions but the last) of an output shape while keeping, for each
 * operand, the offset of the row's first element under that operand's strides. Kernels run a
 * plain loop over each row, so the per-element work has no index arithmetic and no calls.
 */
final class StridedRows {
    private final int[] shape;
    private final int[][] strides;
    private final int[] index;
    final int[] offsets;
    final int rowLength;
    final int rows;

    /** @param strides one stride array per operand, each of {@code shape.length} entries */
    StridedRows(int[] shape, int[]... strides) {
        this.shape = shape;
        this.strides = strides;
        this.offsets = new int[strides.length];
        this.index = new int[Math.max(shape.length - 1, 0)];
        this.rowLength = shape.length == 0 ? 1 : shape[shape.length - 1];
        this.rows = rowLength == 0 ? 0 : Shapes.size(shape) / rowLength;
    }

    /** Inner stride of operand {@code k} (0 when it is broadcast along the last dimension). */
    int innerStride(int k) {
        return shape.length == 0 ? 0 : strides[k][shape.length - 1];
    }

    /** Moves every operand's offset to the next row. */
    void next() {
        for (int d = index.length - 1; d >= 0; d--) {
            index[d]++;
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] += strides[k][d];
            }
            if (index[d] < shape[d]) {
                return;
            }
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] -= strides[k][d] * shape[d];
            }
            index[d] = 0;
        }
    }
}
