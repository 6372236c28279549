package io.tenflowers.bench.run;

import io.tenflowers.bench.run.ForkSchedule.Fork;
import io.tenflowers.bench.run.ForkSchedule.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkScheduleTest {
    @Test
    void pairsAlternateWhichSideGoesFirst() {
        List<Fork> forks = ForkSchedule.alternating(3);
        assertEquals(List.of(new Fork(0, Side.REF), new Fork(0, Side.WORKING_TREE), new Fork(1, Side.WORKING_TREE),
                new Fork(1, Side.REF), new Fork(2, Side.REF), new Fork(2, Side.WORKING_TREE)), forks);
    }

    @Test
    void aLinearDriftCancelsOverTwoPairs() {
        // position t in the sitting slows the machine by 1 % per fork; both sides run the same code
        List<Fork> forks = ForkSchedule.alternating(4);
        double ref = 0;
        double tree = 0;
        for (int t = 0; t < forks.size(); t++) {
            double slowdown = 0.01 * t;
            if (forks.get(t).side() == Side.REF) {
                ref += slowdown;
            } else {
                tree += slowdown;
            }
        }
        assertEquals(ref, tree, 1e-12, "each side's total drift is the same");
    }

    @Test
    void aDriftWouldNotCancelIfOneSideAlwaysWentFirst() {
        // the checker of the test above: the naive order A B A B … favours one side
        double ref = 0;
        double tree = 0;
        for (int t = 0; t < 8; t++) {
            if (t % 2 == 0) {
                ref += 0.01 * t;
            } else {
                tree += 0.01 * t;
            }
        }
        assertNotEquals(ref, tree, 1e-6);
    }

    @Test
    void aSeedGivesTheSameRandomOrderAndEveryPairHasBothSides() {
        List<Fork> first = ForkSchedule.random(20, 42);
        assertEquals(first, ForkSchedule.random(20, 42));
        assertNotEquals(first, ForkSchedule.random(20, 43));
        for (int pair = 0; pair < 20; pair++) {
            assertEquals(pair, first.get(2 * pair).pair());
            assertNotEquals(first.get(2 * pair).side(), first.get(2 * pair + 1).side());
        }
        long refFirst = first.stream().filter(f -> first.indexOf(f) % 2 == 0 && f.side() == Side.REF).count();
        assertTrue(refFirst > 0 && refFirst < 20, "neither side always first");
    }

    @Test
    void noPairsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ForkSchedule.alternating(0));
    }
}
