package io.tenflowers.autograd.kernels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading cache sizes as Linux lays them out, and the blocking derived from them. */
class CacheSizesTest {

    private static void index(Path dir, int i, String level, String type, String size) throws IOException {
        Path index = Files.createDirectories(dir.resolve("index" + i));
        Files.writeString(index.resolve("level"), level + "\n");
        Files.writeString(index.resolve("type"), type + "\n");
        Files.writeString(index.resolve("size"), size + "\n");
    }

    @Test
    void readsDataL2AndL3AndSkipsTheInstructionCache(@TempDir Path dir) throws IOException {
        index(dir, 0, "1", "Data", "48K");
        index(dir, 1, "1", "Instruction", "32K");
        index(dir, 2, "2", "Unified", "2048K");
        index(dir, 3, "3", "Unified", "105M");
        CacheSizes sizes = CacheSizes.read(dir);
        assertEquals(48 << 10, sizes.l1DataBytes());
        assertEquals(2 << 20, sizes.l2Bytes());
        assertEquals(105L << 20, sizes.l3Bytes());
        assertEquals(dir.toString(), sizes.source());
    }

    @Test
    void aMissingLevelFallsBackAndSaysWhich(@TempDir Path dir) throws IOException {
        index(dir, 0, "1", "Data", "32K");
        index(dir, 2, "2", "Unified", "512K");
        CacheSizes sizes = CacheSizes.read(dir);
        assertEquals(32 << 10, sizes.l1DataBytes());
        assertEquals(CacheSizes.FALLBACK.l3Bytes(), sizes.l3Bytes());
        assertTrue(sizes.source().contains("fallback for L3"), sizes.source());
    }

    @Test
    void anAbsentDirectoryIsTheFallback(@TempDir Path dir) {
        CacheSizes sizes = CacheSizes.read(dir.resolve("no-such-directory"));
        assertEquals(CacheSizes.FALLBACK.l2Bytes(), sizes.l2Bytes());
        assertTrue(sizes.source().startsWith("fallback ("), sizes.source());
    }

    @Test
    void sizesParseWithAndWithoutUnits() {
        assertEquals(48L << 10, CacheSizes.parseSize("48K"));
        assertEquals(32L << 20, CacheSizes.parseSize("32M"));
        assertEquals(4096, CacheSizes.parseSize("4096"));
        assertEquals(-1, CacheSizes.parseSize("big"));
        assertEquals(-1, CacheSizes.parseSize(""));
    }

    @Test
    void blockingFollowsTheCaches() {
        // The AMD EPYC machine: 48 KiB L1d, 1 MiB L2, 32 MiB L3; tile 8 × 32.
        GemmBlocking epyc = GemmBlocking.forCaches(new CacheSizes(48 << 10, 1 << 20, 32 << 20, "t"), 8, 32);
        assertEquals(new GemmBlocking(256, 256, 2048), epyc);
        // A Xeon with a 2 MiB L2: a deeper A block, same panel depth.
        GemmBlocking xeon = GemmBlocking.forCaches(new CacheSizes(48 << 10, 2 << 20, 105L << 20, "t"), 8, 32);
        assertEquals(256, xeon.kc());
        assertEquals(512, xeon.mc());
        assertEquals(4096, xeon.nc());
        // A 32 KiB L1d with an AVX2 tile (8 × 16): the B micro-panel still fits in 2/3 of L1.
        GemmBlocking avx2 = GemmBlocking.forCaches(new CacheSizes(32 << 10, 256 << 10, 8 << 20, "t"), 8, 16);
        assertTrue(avx2.kc() * 16 * 4 <= (32 << 10) * 2 / 3, avx2.toString());
        assertEquals(0, avx2.mc() % 8);
        assertEquals(0, avx2.nc() % 16);
        // Tiny caches: every size at its minimum, still a multiple of the tile.
        GemmBlocking tiny = GemmBlocking.forCaches(new CacheSizes(1024, 1024, 1024, "t"), 8, 32);
        assertEquals(new GemmBlocking(64, 16, 128), tiny);
    }
}
