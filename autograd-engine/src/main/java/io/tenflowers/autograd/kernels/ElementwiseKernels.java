package io.tenflowers.autograd.kernels;

/**
 * Element-wise loops over f32 arrays. The operation is chosen once per row (a switch outside the
 * loop), so each inner loop is a plain counted loop that C2 can unroll and vectorise.
 */
public final class ElementwiseKernels {
    private ElementwiseKernels() {
    }

    /**
     * {@code out = a op b} with NumPy broadcasting.
     *
     * @param outShape the broadcast of {@code aShape} and {@code bShape}
     */
    public static float[] binary(BinaryOp op, float[] a, int[] aShape, float[] b, int[] bShape, int[] outShape) {
        float[] out = Buffers.uninitialized(Shapes.size(outShape));
        if (a.length == out.length && b.length == out.length) {
            row(op, a, 0, 1, b, 0, 1, out, 0, out.length);
            return out;
        }
        if (a.length == out.length && b.length == 1) {
            row(op, a, 0, 1, b, 0, 0, out, 0, out.length);
            return out;
        }
        if (a.length == 1 && b.length == out.length) {
            row(op, a, 0, 0, b, 0, 1, out, 0, out.length);
            return out;
        }
        StridedRows rows = new StridedRows(outShape,
                Shapes.broadcastStrides(aShape, outShape), Shapes.broadcastStrides(bShape, outShape));
        int as = rows.innerStride(0);
        int bs = rows.innerStride(1);
        int n = rows.rowLength;
        for (int r = 0, oo = 0; r < rows.rows; r++, oo += n) {
            row(op, a, rows.offsets[0], as, b, rows.offsets[1], bs, out, oo, n);
            rows.next();
        }
        return out;
    }

    private static void row(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs,
                            float[] out, int oo, int n) {
        if (as == 1 && bs == 1) {
            contiguous(op, a, ao, b, bo, out, oo, n);
        } else if (as == 1 && bs == 0) {
            scalarRight(op, a, ao, b[bo], out, oo, n);
        } else if (as == 0 && bs == 1) {
            scalarLeft(op, a[ao], b, bo, out, oo, n);
        } else {
            float v = apply(op, a[ao], b[bo]);
            for (int i = 0; i < n; i++) {
                out[oo + i] = v;
            }
        }
    }

    private static void contiguous(BinaryOp op, float[] a, int ao, float[] b, int bo, float[] out, int oo, int n) {
        switch (op) {
            case ADD: for (int i = 0; i < n; i++) { out[oo + i] = a[ao + i] + b[bo + i]; } break;
            case SUB: for (int i = 0; i < n; i++) { out[oo + i] = a[ao + i] - b[bo + i]; } break;
            case MUL: for (int i = 0; i < n; i++) { out[oo + i] = a[ao + i] * b[bo + i]; } break;
            case DIV: for (int i = 0; i < n; i++) { out[oo + i] = a[ao + i] / b[bo + i]; } break;
            default: throw new AssertionError(op);
        }
    }

    private static void scalarRight(BinaryOp op, float[] a, int ao, float s, float[] out, int oo, int n) {
        switch (op) {
            case ADD: for (int i = 0; i < n; i++) { out[oo + i] = a[ao + i] + s; } break;
            case SUB: for (int i = 0; i < n; i++) { out[oo + i] = a[ao + i] - s; } break;
            case MUL: for (int i = 0; i < n; i++) { out[oo + i] = a[ao + i] * s; } break;
            case DIV: for (int i = 0; i < n; i++) { out[oo + i] = a[ao + i] / s; } break;
            default: throw new AssertionError(op);
        }
    }

    private static void scalarLeft(BinaryOp op, float s, float[] b, int bo, float[] out, int oo, int n) {
        switch (op) {
            case ADD: for (int i = 0; i < n; i++) { out[oo + i] = s + b[bo + i]; } break;
            case SUB: for (int i = 0; i < n; i++) { out[oo + i] = s - b[bo + i]; } break;
            case MUL: for (int i = 0; i < n; i++) { out[oo + i] = s * b[bo + i]; } break;
            case DIV: for (int i = 0; i < n; i++) { out[oo + i] = s / b[bo + i]; } break;
            default: throw new AssertionError(op);
        }
    }

    private static float apply(BinaryOp op, float x, float y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case DIV: return x / y;
            default: throw new AssertionError(op);
        }
    }

    /** {@code target[i] += src[i]}, or {@code += src[0]} for every i when src has one element. */
    public static void addInPlace(float[] target, float[] src) {
        if (src.length == 1) {
            float s = src[0];
            for (int i = 0; i < target.length; i++) {
                target[i] += s;
            }
        } else {
            for (int i = 0; i < target.length; i++) {
                target[i] += src[i];
            }
        }
    }

    /** {@code out[i] = op(x[i])}. */
    public static float[] unary(UnaryOp op, float[] x) {
        float[] out = Buffers.uninitialized(x.length);
        int n = x.length;
        switch (op) {
            case NEG: for (int i = 0; i < n; i++) { out[i] = -x[i]; } break;
            case EXP: KernelBackend.MATH.exp(x, out); break;
            case LOG: KernelBackend.MATH.log(x, out); break;
            case SQRT: for (int i = 0; i < n; i++) { out[i] = (float) Math.sqrt(x[i]); } break;
            case ABS: for (int i = 0; i < n; i++) { out[i] = Math.abs(x[i]); } break;
            case RELU: KernelBackend.MATH.relu(x, out); break;
            case SIGMOID: KernelBackend.MATH.sigmoid(x, out); break;
            case TANH: KernelBackend.MATH.tanh(x, out); break;
            case SIGN: for (int i = 0; i < n; i++) { out[i] = Math.signum(x[i]); } break;
            default: throw new AssertionError(op);
        }
        return out;
    }

    /** {@code out[i] = x[i]^p}. */
    public static float[] pow(float[] x, float p) {
        float[] out = Buffers.uninitialized(x.length);
        if (p == 2f) {
            for (int i = 0; i < x.length; i++) {
                out[i] = x[i] * x[i];
            }
        } else {
            for (int i = 0; i < x.length; i++) {
                out[i] = (float) Math.pow(x[i], p);
            }
        }
        return out;
    }
}
