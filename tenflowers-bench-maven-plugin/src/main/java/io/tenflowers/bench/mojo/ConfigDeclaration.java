package io.tenflowers.bench.mojo;

import io.tenflowers.bench.options.JvmConfiguration;

import java.util.List;
import java.util.Map;

/**
 * A {@code <config>} in the plugin's {@code <configs>}: a name the project adds to {@code release}
 * and {@code debug}, with the JVM arguments and system properties its forks get.
 *
 * <pre>{@code
 * <config>
 *   <name>parallel</name>
 *   <jvmArgs><jvmArg>-XX:+UseParallelGC</jvmArg></jvmArgs>
 *   <systemProperties><tenflowers.threads>0</tenflowers.threads></systemProperties>
 * </config>
 * }</pre>
 */
public class ConfigDeclaration {
    /** The name users pass as {@code -Dtenflowers.bench.config}. */
    private String name;
    /** JVM arguments of the forks. */
    private List<String> jvmArgs;
    /** System properties of the forks. */
    private Map<String, String> systemProperties;

    /** @return the plain configuration */
    JvmConfiguration toConfiguration() {
        return new JvmConfiguration(name == null ? null : name.trim(), jvmArgs, systemProperties);
    }
}
