package io.tenflowers.autograd.kernels;

/** The element-wise binary operations the kernels implement. */
public enum BinaryOp {
    ADD, SUB, MUL, DIV
}
