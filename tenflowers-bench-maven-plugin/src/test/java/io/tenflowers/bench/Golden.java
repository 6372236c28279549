package io.tenflowers.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files under {@code src/test/resources/golden}: an output format is sealed by comparing it
 * with a stored copy. After an intended change, regenerate with {@code -Dgolden.update=true} and
 * review the diff.
 */
public final class Golden {
    private Golden() {
    }

    /**
     * @param name   path below {@code src/test/resources/golden}
     * @param actual what the code produced
     * @throws IOException if the golden file cannot be read or written
     */
    public static void assertGolden(String name, String actual) throws IOException {
        Path source = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(source), "missing golden file " + source + "; create it with -Dgolden.update=true");
        assertEquals(Files.readString(source, StandardCharsets.UTF_8), actual, name + " in " + Locale.getDefault());
    }
}
