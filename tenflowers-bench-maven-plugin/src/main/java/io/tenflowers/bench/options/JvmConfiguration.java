package io.tenflowers.bench.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A named configuration of the benchmark JVMs: extra JVM arguments and system
 * properties given to every forked JVM. {@code release} and {@code debug} are built in; a project
 * declares more (the engine: {@code parallel}, {@code gpu}).
 *
 * @param name             the name users pass as {@code config}
 * @param jvmArgs          JVM arguments, in order
 * @param systemProperties system properties, passed as {@code -Dkey=value} after {@code jvmArgs}
 */
public record JvmConfiguration(String name, List<String> jvmArgs, Map<String, String> systemProperties) {
    /** The engine as shipped: forks with the default (C2) compiler, nothing added. */
    public static final JvmConfiguration RELEASE = new JvmConfiguration("release", List.of(), Map.of());
    /** C1 only and assertions on: for finding problems, never for gating (C1 does not turn
     * the Vector API into vector instructions, so such runs can be many times slower). */
    public static final JvmConfiguration DEBUG =
            new JvmConfiguration("debug", List.of("-XX:TieredStopAtLevel=1", "-ea"), Map.of());

    public JvmConfiguration {
        jvmArgs = List.copyOf(jvmArgs == null ? List.of() : jvmArgs);
        // sorted, so that the command line and the recorded metadata do not depend on map order
        systemProperties = Map.copyOf(new TreeMap<>(systemProperties == null ? Map.of() : systemProperties));
    }

    /** @return {@code jvmArgs} followed by one {@code -Dkey=value} per system property, keys sorted */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>(jvmArgs);
        new TreeMap<>(systemProperties).forEach((key, value) -> arguments.add("-D" + key + "=" + value));
        return arguments;
    }
}
