package io.tenflowers.bench.jmh;

import java.util.List;
import java.util.Map;

/**
 * One entry of JMH's JSON results: one benchmark with one parameter combination.
 *
 * @param benchmark             full JMH name
 * @param mode                  {@code thrpt}, {@code avgt}, …
 * @param params                parameters, in JMH's order
 * @param primary               the score
 * @param secondary             secondary metrics by name, in JMH's order
 * @param jmhVersion            JMH's version
 * @param jvm                   the fork JVM's executable
 * @param jvmArgs               the fork JVM's arguments
 * @param jdkVersion            e.g. {@code 17.0.15}
 * @param vmName                e.g. {@code OpenJDK 64-Bit Server VM}
 * @param vmVersion             e.g. {@code 17.0.15+6-Debian-1deb12u1}
 * @param forks                 forks
 * @param warmupIterations      warm-up iterations per fork
 * @param measurementIterations measured iterations per fork
 * @param measurementTime       length of a measured iteration, JMH notation
 */
public record JmhRecord(String benchmark, String mode, Map<String, String> params, JmhMetric primary,
                        Map<String, JmhMetric> secondary, String jmhVersion, String jvm, List<String> jvmArgs,
                        String jdkVersion, String vmName, String vmVersion, int forks, int warmupIterations,
                        int measurementIterations, String measurementTime) {
}
