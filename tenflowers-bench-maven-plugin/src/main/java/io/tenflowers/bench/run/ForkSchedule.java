package io.tenflowers.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which the {@code compare} goal runs the forks of one benchmark on its two sides
 * (the working tree and the ref), so that the machine's drift over the sitting hits both sides alike.
 * Forks come in neighbouring pairs, one per side; the pairs alternate which side goes first
 * ({@code A B, B A, A B, …}: over two pairs a drift that is linear in time cancels exactly), or, with a
 * seed, each pair's first side is drawn at random (so that no periodic disturbance lines up with the
 * pattern). Pair {@code i} of one side is compared with pair {@code i} of the other
 * ({@link io.tenflowers.bench.stats.PairedRatio}).
 */
public final class ForkSchedule {
    /** The two sides of a comparison. */
    public enum Side {
        /** The working tree as it is. */
        WORKING_TREE,
        /** The git ref it is compared against. */
        REF
    }

    /**
     * One fork to run.
     *
     * @param pair the pair it belongs to, from 0
     * @param side its side
     */
    public record Fork(int pair, Side side) {
    }

    private ForkSchedule() {
    }

    /**
     * @param pairs number of fork pairs (≥ 1)
     * @return {@code 2 · pairs} forks, pairs alternating which side runs first, the ref first in pair 0
     */
    public static List<Fork> alternating(int pairs) {
        requirePairs(pairs);
        List<Fork> forks = new ArrayList<>(2 * pairs);
        for (int pair = 0; pair < pairs; pair++) {
            boolean refFirst = pair % 2 == 0;
            addPair(forks, pair, refFirst);
        }
        return forks;
    }

    /**
     * @param pairs number of fork pairs (≥ 1)
     * @param seed  the seed; the same seed gives the same order
     * @return {@code 2 · pairs} forks, each pair's first side drawn at random
     */
    public static List<Fork> random(int pairs, long seed) {
        requirePairs(pairs);
        SplittableRandom random = new SplittableRandom(seed);
        List<Fork> forks = new ArrayList<>(2 * pairs);
        for (int pair = 0; pair < pairs; pair++) {
            addPair(forks, pair, random.nextBoolean());
        }
        return forks;
    }

    private static void addPair(List<Fork> forks, int pair, boolean refFirst) {
        forks.add(new Fork(pair, refFirst ? Side.REF : Side.WORKING_TREE));
        forks.add(new Fork(pair, refFirst ? Side.WORKING_TREE : Side.REF));
    }

    private static void requirePairs(int pairs) {
        if (pairs < 1) {
            throw new IllegalArgumentException("a comparison needs at least 1 pair of forks, got " + pairs);
        }
    }
}
