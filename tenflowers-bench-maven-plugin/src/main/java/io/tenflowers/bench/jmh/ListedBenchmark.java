package io.tenflowers.bench.jmh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark method as JMH lists it ({@code -lp}): its full name and the values of each of its
 * parameters.
 *
 * @param name   {@code package.Class.method} (nested classes joined with dots)
 * @param params parameter name → values, in JMH's order
 */
public record ListedBenchmark(String name, Map<String, List<String>> params) {
    public ListedBenchmark {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** @return how many runs JMH makes of it: the product of the numbers of parameter values */
    public int combinations() {
        int product = 1;
        for (List<String> values : params.values()) {
            product *= Math.max(1, values.size());
        }
        return product;
    }
}
