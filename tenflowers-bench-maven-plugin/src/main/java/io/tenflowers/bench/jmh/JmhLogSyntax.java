package io.tenflowers.bench.jmh;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lines of JMH's human-readable output that the plugin reads, defined once: the headers JMH
 * prints before each benchmark, its result line, and the error column of a score, as
 * {@link JmhLogParser} reads them (its events and its records alike).
 */
final class JmhLogSyntax {
    static final String JMH_VERSION = "# JMH version: ";
    static final String BENCHMARK = "# Benchmark: ";
    static final String PARAMETERS = "# Parameters: (";
    /** {@code Result "name":}, followed by the score on the next non-blank line. */
    static final Pattern RESULT = Pattern.compile("^Result \"(.+)\":\\s*$");
    /**
     * JMH's error column: {@code ±(99.9%)}; printed with another symbol ({@code +-}, {@code ?})
     * where the console's encoding has no ±.
     */
    static final Pattern ERROR_MARK = Pattern.compile("\\S{1,2}\\(\\d+(?:\\.\\d+)?%\\)");

    private JmhLogSyntax() {
    }

    /**
     * @param line a {@code # Parameters: (size = 10, label = a, b)} line
     * @return the parameters in JMH's order, or empty when the line is not such a header
     */
    static Map<String, String> parameters(String line) {
        if (!line.startsWith(PARAMETERS) || line.lastIndexOf(')') < PARAMETERS.length()) {
            return Map.of();
        }
        String text = line.substring(PARAMETERS.length(), line.lastIndexOf(')'));
        Map<String, String> parsed = new LinkedHashMap<>();
        // a value may itself contain ", " ("a, b"): split only before the next "name = "
        for (String pair : text.split(", (?=[^=,]+ = )")) {
            int equals = pair.indexOf(" = ");
            if (equals > 0) {
                parsed.put(pair.substring(0, equals).trim(), pair.substring(equals + 3).trim());
            }
        }
        return parsed;
    }
}
