package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A batch of classifier inputs {@code [batch, features]} with one class index per row.
 *
 * @param inputs  the input rows
 * @param targets class index of each row
 */
public record ClassifierBatch(Tensor inputs, int[] targets) {
    /** Inputs ∈ U[0, 1) (like pixel intensities), targets uniform over the classes. */
    public static ClassifierBatch random(Random random, int batch, int features, int classes) {
        Tensor inputs = Tensor.randomUniform(random, 0f, 1f, batch, features);
        int[] targets = new int[batch];
        for (int i = 0; i < batch; i++) {
            targets[i] = random.nextInt(classes);
        }
        return new ClassifierBatch(inputs, targets);
    }

    /** Number of rows. */
    public int size() {
        return targets.length;
    }

    /**
     * Splits into {@code parts} consecutive micro-batches of equal size (copies). Built before a
     * benchmark runs: the engine has no slicing op, and slicing is not what is measured.
     */
    public List<ClassifierBatch> split(int parts) {
        int rows = size();
        if (parts < 1 || rows % parts != 0) {
            throw new IllegalArgumentException("split: a batch of " + rows + " rows cannot be split into "
                    + parts + " equal micro-batches");
        }
        int features = inputs.shape()[1];
        float[] all = inputs.toFloatArray();
        int per = rows / parts;
        List<ClassifierBatch> result = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            float[] slice = Arrays.copyOfRange(all, p * per * features, (p + 1) * per * features);
            int[] sliceTargets = Arrays.copyOfRange(targets, p * per, (p + 1) * per);
            result.add(new ClassifierBatch(Tensor.of(slice, per, features), sliceTargets));
        }
        return result;
    }
}
