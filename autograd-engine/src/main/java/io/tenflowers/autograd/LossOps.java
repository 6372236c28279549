package io.tenflowers.autograd;

import io.tenflowers.autograd.kernels.SoftmaxKernels;

import java.util.Arrays;

/** Loss functions. */
final class LossOps {
    private LossOps() {
    }

    /**
     * Fused mean softmax cross-entropy; gradient {@code g · (softmax(x) - onehot(t)) / B}, written
     * with tensor ops so that it can be differentiated again.
     */
    static Tensor crossEntropy(Tensor logits, int[] targets) {
        if (logits.rank() != 2) {
            throw new IllegalArgumentException("crossEntropy: logits must be [batch, classes], got "
                    + Arrays.toString(logits.shape));
        }
        int batch = logits.shape[0];
        int classes = logits.shape[1];
        if (targets == null || targets.length != batch) {
            throw new IllegalArgumentException("crossEntropy: logits " + Arrays.toString(logits.shape) + " need "
                    + batch + " targets, got " + (targets == null ? "null" : String.valueOf(targets.length)));
        }
        if (batch == 0) {
            throw new IllegalArgumentException("crossEntropy: logits " + Arrays.toString(logits.shape) + " hold an empty batch");
        }
        float[] oneHot = new float[batch * classes];
        for (int b = 0; b < batch; b++) {
            if (targets[b] < 0 || targets[b] >= classes) {
                throw new IllegalArgumentException("crossEntropy: target[" + b + "] = " + targets[b]
                        + " is not a class index in 0.." + (classes - 1) + " for logits " + Arrays.toString(logits.shape));
            }
            oneHot[b * classes + targets[b]] = 1f;
        }
        Tensor out = Tensor.scalar(SoftmaxKernels.crossEntropy(logits.data(), batch, classes, targets));
        if (TapeStack.anyOpen()) {
            Tensor target = Tensor.wrap(oneHot, logits.shape);
            TapeStack.record("crossEntropy", out, (g, needs) -> new Tensor[]{
                    logits.softmax(1).sub(target).mul(g.div((float) batch))}, new Object[]{target}, logits);
        }
        return out;
    }
}
