package io.tenflowers.bench.model;

/**
 * A parameter whose values are engines (or implementations) measured side by side in one run, and the
 * value the others are compared with: {@code engine} with reference {@code tenflowers} puts every
 * {@code …[engine=pytorch]} next to its {@code …[engine=tenflowers]}.
 *
 * @param param     the parameter's name
 * @param reference the value the others are compared with
 */
public record SideBySideDefinition(String param, String reference) {
}
