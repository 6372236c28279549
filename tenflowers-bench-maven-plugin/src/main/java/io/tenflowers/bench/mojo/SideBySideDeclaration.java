package io.tenflowers.bench.mojo;

import io.tenflowers.bench.model.SideBySideDefinition;

/**
 * The plugin's {@code <sideBySide>}: a benchmark parameter whose values are engines measured in the
 * same run, and the value the others are compared with.
 *
 * <pre>{@code
 * <sideBySide>
 *   <param>engine</param>
 *   <reference>tenflowers</reference>
 * </sideBySide>
 * }</pre>
 */
public class SideBySideDeclaration {
    /** The parameter's name. */
    private String param;
    /** The value the others are compared with. */
    private String reference;

    /** @return the plain definition */
    SideBySideDefinition toDefinition() {
        return new SideBySideDefinition(param.trim(), reference.trim());
    }

    /** @return what is missing, or null when complete */
    String problem() {
        if (param == null || param.isBlank() || reference == null || reference.isBlank()) {
            return "<sideBySide> needs <param> and <reference> (got param=" + param + ", reference=" + reference
                    + ").";
        }
        return null;
    }
}
