package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.Tensor;

/**
 * Independent computations of what the benchmark bodies compute: plain double-precision loops
 * written from the math, sharing no code with the engine (not even its kernels), so that a body
 * that computes something else (the seed's "max" that ran add) cannot agree with them.
 */
final class Reference {
    private Reference() {
    }

    static double[] values(Tensor t) {
        float[] f = t.toFloatArray();
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    /** {@code C[m×n] = A[m×k]·B[k×n]}, naive triple loop. */
    static double[] matmul(double[] a, double[] b, int m, int k, int n) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    /** Transpose of an {@code m×n} matrix. */
    static double[] transpose(double[] a, int m, int n) {
        double[] t = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[j * m + i] = a[i * n + j];
            }
        }
        return t;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Softmax of one vector. */
    static double[] softmax(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] e = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            e[i] = Math.exp(x[i] - max);
            sum += e[i];
        }
        for (int i = 0; i < x.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    /** Index of the largest (or, with {@code largest=false}, smallest) value. */
    static int argExtreme(double[] x, boolean largest) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (largest ? x[i] > x[best] : x[i] < x[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Gradients of a dense classifier: the weights and biases of each layer, and the loss. */
    record Classifier(double loss, double[][] gradients) {
    }

    /**
     * Mean softmax cross-entropy of {@code x·W1+b1 → ReLU → ·W2+b2} and its gradients
     * (dW1, db1, dW2, db2), by hand-written backpropagation.
     */
    static Classifier mlp(double[] x, int[] targets, int inputs, double[] w1, double[] b1, int hidden,
                          double[] w2, double[] b2, int classes) {
        int batch = targets.length;
        double[] pre = addRows(matmul(x, w1, batch, inputs, hidden), b1);
        double[] h = new double[pre.length];
        for (int i = 0; i < pre.length; i++) {
            h[i] = Math.max(pre[i], 0);
        }
        double[] logits = addRows(matmul(h, w2, batch, hidden, classes), b2);
        double[] dLogits = new double[logits.length];
        double loss = crossEntropy(logits, targets, classes, dLogits);
        double[] dW2 = matmul(transpose(h, batch, hidden), dLogits, hidden, batch, classes);
        double[] db2 = sumRows(dLogits, batch, classes);
        double[] dH = matmul(dLogits, transpose(w2, hidden, classes), batch, classes, hidden);
        for (int i = 0; i < dH.length; i++) {
            dH[i] = pre[i] > 0 ? dH[i] : 0;
        }
        double[] dW1 = matmul(transpose(x, batch, inputs), dH, inputs, batch, hidden);
        double[] db1 = sumRows(dH, batch, hidden);
        return new Classifier(loss, new double[][]{dW1, db1, dW2, db2});
    }

    /** Mean softmax cross-entropy of {@code x·W+b} and its gradients (dW, db). */
    static Classifier linear(double[] x, int[] targets, int inputs, double[] w, double[] b, int classes) {
        int batch = targets.length;
        double[] logits = addRows(matmul(x, w, batch, inputs, classes), b);
        double[] dLogits = new double[logits.length];
        double loss = crossEntropy(logits, targets, classes, dLogits);
        double[] dW = matmul(transpose(x, batch, inputs), dLogits, inputs, batch, classes);
        return new Classifier(loss, new double[][]{dW, sumRows(dLogits, batch, classes)});
    }

    /** Mean cross-entropy of logits {@code [batch, classes]}; writes its gradient into {@code dLogits}. */
    private static double crossEntropy(double[] logits, int[] targets, int classes, double[] dLogits) {
        int batch = targets.length;
        double loss = 0;
        for (int r = 0; r < batch; r++) {
            double[] row = new double[classes];
            System.arraycopy(logits, r * classes, row, 0, classes);
            double[] p = softmax(row);
            loss -= Math.log(p[targets[r]]);
            for (int c = 0; c < classes; c++) {
                dLogits[r * classes + c] = (p[c] - (c == targets[r] ? 1 : 0)) / batch;
            }
        }
        return loss / batch;
    }

    private static double[] addRows(double[] m, double[] row) {
        double[] out = m.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += row[i % row.length];
        }
        return out;
    }

    private static double[] sumRows(double[] m, int rows, int cols) {
        double[] s = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                s[c] += m[r * cols + c];
            }
        }
        return s;
    }

    /** Convolution output and gradients (input, weight, bias) for an output gradient g; stride 1. */
    record Convolution(double[] output, double[] dInput, double[] dWeight, double[] dBias) {
    }

    /**
     * Direct convolution by its definition,
     * {@code out[n,o,y,x] = b[o] + Σ_{c,i,j} w[o,c,i,j]·in[n,c,y+i-p,x+j-p]} (zero outside), and
     * its three gradients by the same loop run backwards.
     */
    static Convolution convolution(double[] in, double[] w, double[] b, double[] g,
                                   int batch, int channels, int side, int filters, int kernel, int pad) {
        int out = side + 2 * pad - kernel + 1;
        double[] y = new double[batch * filters * out * out];
        double[] dIn = new double[in.length];
        double[] dW = new double[w.length];
        double[] dB = new double[filters];
        for (int n = 0; n < batch; n++) {
            for (int o = 0; o < filters; o++) {
                for (int oy = 0; oy < out; oy++) {
                    for (int ox = 0; ox < out; ox++) {
                        int yi = ((n * filters + o) * out + oy) * out + ox;
                        double s = b[o];
                        double gy = g[yi];
                        dB[o] += gy;
                        for (int c = 0; c < channels; c++) {
                            for (int i = 0; i < kernel; i++) {
                                for (int j = 0; j < kernel; j++) {
                                    int iy = oy + i - pad;
                                    int ix = ox + j - pad;
                                    if (iy < 0 || iy >= side || ix < 0 || ix >= side) {
                                        continue;
                                    }
                                    int ii = ((n * channels + c) * side + iy) * side + ix;
                                    int wi = ((o * channels + c) * kernel + i) * kernel + j;
                                    s += w[wi] * in[ii];
                                    dW[wi] += gy * in[ii];
                                    dIn[ii] += gy * w[wi];
                                }
                            }
                        }
                        y[yi] = s;
                    }
                }
            }
        }
        return new Convolution(y, dIn, dW, dB);
    }
}
