package io.tenflowers.bench.io;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Run ids: {@code 20261203T083000Z-3f9a1c2e}, the run's start (UTC, sorts by time) and 32 random bits,
 * so that two runs started in the same second still differ. Files written later about a run (a
 * baseline comparison, a report) carry its id and are ignored when it does not match the results.
 */
public final class RunId {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunId() {
    }

    /**
     * @param startedAt when the run started
     * @return a new id for it
     */
    public static String of(Instant startedAt) {
        byte[] bits = new byte[4];
        RANDOM.nextBytes(bits);
        return STAMP.format(startedAt) + "-" + HexFormat.of().formatHex(bits);
    }
}
