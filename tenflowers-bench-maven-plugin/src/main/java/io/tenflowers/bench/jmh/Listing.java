package io.tenflowers.bench.jmh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the listing JVM told: the module's benchmarks and the system properties of the JVM that
 * will run them (vendor, version), printed by {@code -XshowSettings:properties}.
 *
 * @param catalog          the benchmarks
 * @param jvmProperties    system properties of the benchmark JVM (single-line values only)
 */
public record Listing(BenchmarkCatalog catalog, Map<String, String> jvmProperties) {
    private static final Pattern PROPERTY = Pattern.compile("^ {4}([\\w.]+) = (.*)$");

    /**
     * @param lines the listing JVM's output
     * @return the listing
     */
    public static Listing parse(List<String> lines) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("Benchmarks:")) {
                break;
            }
            Matcher property = PROPERTY.matcher(line);
            if (property.matches()) {
                properties.put(property.group(1), property.group(2).trim());
            }
        }
        return new Listing(BenchmarkCatalog.parse(lines), Map.copyOf(properties));
    }
}
