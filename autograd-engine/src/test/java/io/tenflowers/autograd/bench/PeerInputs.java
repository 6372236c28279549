package io.tenflowers.autograd.bench;

import io.tenflowers.autograd.Tensor;
import io.tenflowers.autograd.nn.Conv2d;
import io.tenflowers.autograd.nn.MLP;

import java.util.Random;

/**
 * Every input of the anchor workloads W1–W9 and the SGEMM ceiling, drawn once from one seeded
 * generator in a fixed order: N(0, 1) data like {@code torch.randn}, layers with PyTorch's default
 * initialisation bound. Both engines of {@link PeerComparison} start from these very numbers (the
 * PyTorch side copies them), so their forward values and gradients can be compared.
 *
 * @param a1000        W1/W2 left operand, {@code [1000]}
 * @param b1000        W1/W2 right operand, {@code [1000]}
 * @param x10000       W3/W4 input, {@code [10000]}
 * @param a100         W5 left matrix, {@code [100, 100]}
 * @param b100         W5 right matrix, {@code [100, 100]}
 * @param a512         W7 left matrix, {@code [512, 512]}
 * @param b512         W7 right matrix, {@code [512, 512]}
 * @param a1024        SGEMM left matrix, {@code [1024, 1024]}
 * @param b1024        SGEMM right matrix, {@code [1024, 1024]}
 * @param mlpSmall     W6 network 784→128→10 (weights {@code [in, out]})
 * @param xSmall       W6 batch, {@code [32, 784]}
 * @param targetsSmall W6 class of each row, 0..9
 * @param mlpLarge     W8 network 784→512→512→10
 * @param xLarge       W8 batch, {@code [256, 784]}
 * @param targetsLarge W8 class of each row, 0..9
 * @param conv         W9 layer 3→16 channels, 3×3, stride 1, padding 1
 * @param image        W9 batch, {@code [8, 3, 32, 32]}
 */
public record PeerInputs(Tensor a1000, Tensor b1000, Tensor x10000, Tensor a100, Tensor b100, Tensor a512,
                         Tensor b512, Tensor a1024, Tensor b1024, MLP mlpSmall, Tensor xSmall, int[] targetsSmall,
                         MLP mlpLarge, Tensor xLarge, int[] targetsLarge, Conv2d conv, Tensor image) {

    /** The inputs every benchmark run and test sees: those of {@link SuiteDefaults#SEED}. */
    public static PeerInputs create() {
        return create(SuiteDefaults.SEED);
    }

    /** The inputs drawn from {@code seed}; the order of the draws is part of the workloads' definition. */
    public static PeerInputs create(long seed) {
        Random random = new Random(seed);
        Tensor a1000 = Tensor.randomNormal(random, 1f, 1000);
        Tensor b1000 = Tensor.randomNormal(random, 1f, 1000);
        Tensor x10000 = Tensor.randomNormal(random, 1f, 10000);
        Tensor a100 = Tensor.randomNormal(random, 1f, 100, 100);
        Tensor b100 = Tensor.randomNormal(random, 1f, 100, 100);
        Tensor a512 = Tensor.randomNormal(random, 1f, 512, 512);
        Tensor b512 = Tensor.randomNormal(random, 1f, 512, 512);
        Tensor a1024 = Tensor.randomNormal(random, 1f, 1024, 1024);
        Tensor b1024 = Tensor.randomNormal(random, 1f, 1024, 1024);
        MLP mlpSmall = new MLP(random, 784, 128, 10);
        Tensor xSmall = Tensor.randomNormal(random, 1f, 32, 784);
        int[] targetsSmall = targets(random, 32, 10);
        MLP mlpLarge = new MLP(random, 784, 512, 512, 10);
        Tensor xLarge = Tensor.randomNormal(random, 1f, 256, 784);
        int[] targetsLarge = targets(random, 256, 10);
        Conv2d conv = new Conv2d(3, 16, 3, 1, 1, random);
        Tensor image = Tensor.randomNormal(random, 1f, 8, 3, 32, 32);
        return new PeerInputs(a1000, b1000, x10000, a100, b100, a512, b512, a1024, b1024, mlpSmall, xSmall,
                targetsSmall, mlpLarge, xLarge, targetsLarge, conv, image);
    }

    private static int[] targets(Random random, int batch, int classes) {
        int[] t = new int[batch];
        for (int i = 0; i < batch; i++) {
            t[i] = random.nextInt(classes);
        }
        return t;
    }
}
