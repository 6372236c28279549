package io.tenflowers.autograd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Sums are added into in place only while nobody else can see them. */
class GradientSumsTest {

    private static Tensor vector(float... values) {
        return Tensor.of(values, values.length);
    }

    @Test
    void theInputsOfASumAreNeverMutated() {
        GradientSums sums = new GradientSums(true);
        Tensor a = vector(1, 2, 3);
        Tensor b = vector(10, 20, 30);
        Tensor sum = sums.add(a, b);
        assertNotSame(a, sum);
        assertNotSame(b, sum);
        assertArrayEquals(new float[]{11, 22, 33}, sum.toFloatArray());
        assertArrayEquals(new float[]{1, 2, 3}, a.toFloatArray());
        assertArrayEquals(new float[]{10, 20, 30}, b.toFloatArray());
    }

    @Test
    void anOwnedSumIsAddedIntoInPlaceAndTheContributionIsNotMutated() {
        GradientSums sums = new GradientSums(true);
        Tensor sum = sums.add(vector(1, 2, 3), vector(10, 20, 30));
        Tensor contribution = vector(100, 200, 300);
        assertSame(sum, sums.add(sum, contribution));
        assertArrayEquals(new float[]{111, 222, 333}, sum.toFloatArray());
        assertArrayEquals(new float[]{100, 200, 300}, contribution.toFloatArray());
        Tensor one = Tensor.scalar(0.5f);
        assertSame(sum, sums.add(sum, one), "a single value is added into the owned sum too");
        assertArrayEquals(new float[]{111.5f, 222.5f, 333.5f}, sum.toFloatArray());
        assertArrayEquals(new float[]{0.5f}, one.toFloatArray());
    }

    /** A sum handed to a rule or to the caller stays as it was: the next contribution makes a new sum. */
    @Test
    void aSharedSumIsNotMutatedInPlace() {
        GradientSums sums = new GradientSums(true);
        Tensor visible = sums.add(vector(1, 2, 3), vector(10, 20, 30));
        sums.share(visible);
        Tensor next = sums.add(visible, vector(100, 200, 300));
        assertNotSame(visible, next);
        assertArrayEquals(new float[]{11, 22, 33}, visible.toFloatArray(), "the shared sum is unchanged");
        assertArrayEquals(new float[]{111, 222, 333}, next.toFloatArray());
        assertSame(next, sums.add(next, vector(1, 1, 1)), "the new sum is owned again");
        assertArrayEquals(new float[]{11, 22, 33}, visible.toFloatArray());
    }

    @Test
    void aContributionThatBroadcastsMakesANewSum() {
        GradientSums sums = new GradientSums(true);
        Tensor column = sums.add(Tensor.of(new float[]{1, 2}, 2, 1), Tensor.of(new float[]{1, 1}, 2, 1));
        Tensor sum = sums.add(column, Tensor.of(new float[]{10, 20, 30}, 3));
        assertNotSame(column, sum);
        assertArrayEquals(new int[]{2, 3}, sum.shape());
        assertArrayEquals(new float[]{12, 22, 32, 13, 23, 33}, sum.toFloatArray());
        assertArrayEquals(new float[]{2, 3}, column.toFloatArray());
    }

    /** With another tape recording the gradient computation, every sum is a new tensor. */
    @Test
    void withoutInPlaceEverySumIsNew() {
        GradientSums sums = new GradientSums(false);
        Tensor first = sums.add(vector(1, 2), vector(3, 4));
        Tensor second = sums.add(first, vector(5, 6));
        assertNotSame(first, second);
        assertArrayEquals(new float[]{4, 6}, first.toFloatArray());
        assertArrayEquals(new float[]{9, 12}, second.toFloatArray());
    }
}
