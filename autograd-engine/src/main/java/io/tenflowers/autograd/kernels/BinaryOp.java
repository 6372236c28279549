package io.tenflowers.autograd.kernels;

/** The element-wise binary operations the kernels implement. */
public enum BinaryOp {
    ADD, SUB, MUL, DIV,
    /** 1 where the operands are equal, else 0 (used for max/min gradient masks). */
    EQUAL
}
