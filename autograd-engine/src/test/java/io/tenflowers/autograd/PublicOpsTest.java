package io.tenflowers.autograd;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coverage check of the gradient-check table must be able to fail, and say what to do. */
class PublicOpsTest {

    @Test
    void listsTensorsPublicMethodsAndOtherPublicStaticOpsButNothingPackagePrivate() {
        List<String> ops = PublicOps.list();
        assertTrue(ops.containsAll(List.of("Tensor.add(Tensor)", "Tensor.add(float)", "Tensor.sum(int, boolean)",
                "Tensor.reshape(int[])", "Tensor.shape()", "Tensor.of(float[], int[])",
                "CustomGradient.apply(String, Function, BackwardRule, Tensor[])")), ops.toString());
        assertFalse(ops.contains("Tensor.wrap(float[], int[])"), "package-private: " + ops);
        assertTrue(ops.stream().noneMatch(op -> op.startsWith("ReductionOps.")), "package-private class: " + ops);
        assertTrue(ops.stream().noneMatch(op -> op.startsWith("GradientTape.")), "no static op returns tensors: " + ops);
    }

    @Test
    void aPublicOpInNeitherTableIsNamedWithTheFix() {
        String problems = PublicOps.coverageProblems(List.of("Tensor.add(Tensor)", "Tensor.neg()", "Tensor.shape()"),
                Set.of("Tensor.add(Tensor)"), Map.of("Tensor.shape()", "accessor"));
        assertEquals("Public ops without a gradient check:\n  Tensor.neg()\nAdd a finite-difference check to "
                + "OpGradientTest.CHECKS, or, if the op needs none (no tensor input, no tensor result, not differentiable "
                + "by design), add it with the reason to OpGradientTest.NOT_CHECKED.\n", problems);
    }

    /** What happens when an entry is removed from the real table: the op is named. */
    @Test
    void removingAnEntryFromTheRealTableNamesTheOp() {
        Set<String> checked = new TreeSet<>(OpGradientTest.CHECKS.keySet());
        assertTrue(checked.remove("Tensor.exp()"));
        String problems = PublicOps.coverageProblems(PublicOps.list(), checked, OpGradientTest.NOT_CHECKED);
        assertTrue(problems.startsWith("Public ops without a gradient check:\n  Tensor.exp()\nAdd a "), problems);
        assertEquals(1, problems.lines().filter(line -> line.startsWith("  ")).count(), problems);
    }

    @Test
    void staleDuplicateAndUnexplainedEntriesAreReported() {
        String problems = PublicOps.coverageProblems(List.of("Tensor.add(Tensor)", "Tensor.shape()", "Tensor.rank()"),
                Set.of("Tensor.add(Tensor)", "Tensor.plus(Tensor)", "Tensor.shape()"),
                Map.of("Tensor.shape()", "accessor", "Tensor.rank()", " "));
        assertTrue(problems.contains("Entries that name no public op:\n  Tensor.plus(Tensor)\nRenamed or removed? "
                + "Rename or remove the entries (signatures are Class.method(ParamType, ...) with simple type names, "
                + "varargs as T[]).\n"), problems);
        assertTrue(problems.contains("Ops both checked and excluded:\n  Tensor.shape()\n"
                + "Remove them from OpGradientTest.NOT_CHECKED.\n"), problems);
        assertTrue(problems.contains("Exclusions without a reason:\n  Tensor.rank()\n"
                + "Say why the op needs no gradient check.\n"), problems);
    }

    @Test
    void aCompleteTableHasNoProblems() {
        assertEquals("", PublicOps.coverageProblems(List.of("Tensor.neg()", "Tensor.shape()"),
                Set.of("Tensor.neg()"), Map.of("Tensor.shape()", "accessor")));
    }
}
