package io.tenflowers.bench.options;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The names a project may use for {@code category} and {@code config}: the built-ins ({@code all};
 * {@code release}, {@code debug}) and those its POM declares. The plugin knows nothing of any
 * project, so every other name comes from here.
 */
public final class Vocabulary {
    /** The category every project has: all benchmarks. */
    public static final String ALL = "all";

    private final Map<String, Pattern> categories = new LinkedHashMap<>();
    private final Map<String, JvmConfiguration> configurations = new LinkedHashMap<>();

    private Vocabulary() {
    }

    /**
     * @param declaredCategories name → include regex (matched with {@code find()} against JMH's full
     *                           benchmark name, as JMH matches its own include patterns)
     * @param declaredConfigs    configurations the project declares, in addition to the built-ins
     * @return the vocabulary
     * @throws InvalidOptionsException if a declaration is malformed (bad regex, blank name,
     *                                 redefinition of a built-in)
     */
    public static Vocabulary of(Map<String, String> declaredCategories, Iterable<JvmConfiguration> declaredConfigs)
            throws InvalidOptionsException {
        Vocabulary vocabulary = new Vocabulary();
        java.util.List<String> problems = new java.util.ArrayList<>();
        vocabulary.categories.put(ALL, Pattern.compile(".*"));
        vocabulary.configurations.put(JvmConfiguration.RELEASE.name(), JvmConfiguration.RELEASE);
        vocabulary.configurations.put(JvmConfiguration.DEBUG.name(), JvmConfiguration.DEBUG);
        if (declaredCategories != null) {
            declaredCategories.forEach((name, regex) -> {
                if (ALL.equals(name)) {
                    problems.add("Category 'all' is built in (every benchmark) and cannot be redeclared; "
                            + "choose another name in <categories>.");
                } else if (regex == null || regex.isBlank()) {
                    problems.add("Category '" + name + "' has no include regex; write one, e.g. <" + name
                            + ">MySuite</" + name + ">.");
                } else {
                    try {
                        vocabulary.categories.put(name, Pattern.compile(regex.trim()));
                    } catch (PatternSyntaxException e) {
                        problems.add("Category '" + name + "' has an invalid regex: " + e.getDescription()
                                + " in '" + regex + "'.");
                    }
                }
            });
        }
        if (declaredConfigs != null) {
            for (JvmConfiguration config : declaredConfigs) {
                if (config.name() == null || config.name().isBlank()) {
                    problems.add("A <config> in <configs> has no <name>.");
                } else if (vocabulary.configurations.containsKey(config.name())) {
                    problems.add("Config '" + config.name() + "' is declared twice or redefines a built-in ("
                            + JvmConfiguration.RELEASE.name() + ", " + JvmConfiguration.DEBUG.name() + ").");
                } else {
                    vocabulary.configurations.put(config.name(), config);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(problems);
        }
        return vocabulary;
    }

    /** @return category name → include pattern, built-in first, then in declaration order */
    public Map<String, Pattern> categories() {
        return Collections.unmodifiableMap(categories);
    }

    /** @return config name → configuration, built-ins first */
    public Map<String, JvmConfiguration> configurations() {
        return Collections.unmodifiableMap(configurations);
    }

    public Optional<Pattern> category(String name) {
        return Optional.ofNullable(categories.get(name));
    }

    public Optional<JvmConfiguration> configuration(String name) {
        return Optional.ofNullable(configurations.get(name));
    }
}
