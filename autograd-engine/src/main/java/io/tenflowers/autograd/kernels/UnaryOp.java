package io.tenflowers.autograd.kernels;

/** The element-wise unary operations the kernels implement. */
public enum UnaryOp {
    NEG, EXP, LOG, SQRT, ABS, RELU, SIGMOID, TANH,
    /** -1, 0 or 1. */
    SIGN
}
