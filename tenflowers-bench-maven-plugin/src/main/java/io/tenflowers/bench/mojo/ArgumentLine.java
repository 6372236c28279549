package io.tenflowers.bench.mojo;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a JVM argument line as a shell would, without a shell: on whitespace, with single or double
 * quotes grouping ({@code -Dname="a b"} gives {@code -Dname=a b}). Commas are ordinary characters,
 * unlike in a list parameter given on Maven's command line, so {@code -Xlog:gc*,safepoint} stays one
 * argument.
 */
final class ArgumentLine {
    private ArgumentLine() {
    }

    /**
     * @param line the arguments, or null
     * @return them one by one; empty for null or blank
     */
    static List<String> split(String line) {
        List<String> arguments = new ArrayList<>();
        if (line == null) {
            return arguments;
        }
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inArgument = true;
            } else if (Character.isWhitespace(c)) {
                if (inArgument) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (inArgument) {
            arguments.add(current.toString());
        }
        return arguments;
    }
}
