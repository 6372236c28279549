package io.tenflowers.autograd.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calls benchmark bodies outside JMH the way JMH would: builds the {@code @State} objects (the
 * group class itself when it is one, and each state argument), sets their {@code @Param} fields,
 * runs their {@code @Setup} methods (trial, then iteration, then invocation level) and invokes the
 * method once, for every combination of the declared parameter values.
 */
final class BenchmarkInvoker {
    private BenchmarkInvoker() {
    }

    /**
     * One call of a benchmark body.
     *
     * @param id     the stable benchmark id, {@code Suite.group.name[k=v,…]} (params sorted by key)
     * @param params the parameter values of this call
     * @param states the state objects by class (the group instance included when it is a state)
     * @param result what the body returned
     * @param tapeMemory what the body reported to {@link TapeMemory} (sampling is on during the call)
     */
    record Invocation(String id, Map<String, String> params, Map<Class<?>, Object> states, Object result,
                      TapeMemory.Totals tapeMemory) {
        <T> T state(Class<T> type) {
            Object state = states.get(type);
            if (state == null) {
                throw new IllegalArgumentException(id + " has no state of " + type.getName() + "; it has " + states.keySet());
            }
            return type.cast(state);
        }

        int intParam(String name) {
            return Integer.parseInt(params.get(name));
        }
    }

    /** The public {@code @Benchmark} methods of a suite's group classes, by {@code Suite.group.name}. */
    static Map<String, Method> benchmarks(Class<?>... suites) {
        Map<String, Method> result = new TreeMap<>();
        for (Class<?> suite : suites) {
            for (Class<?> group : suite.getDeclaredClasses()) {
                for (Method m : group.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(Benchmark.class)) {
                        result.put(name(m), m);
                    }
                }
            }
        }
        return result;
    }

    /** {@code Suite.group.name} of a benchmark method. */
    static String name(Method benchmark) {
        Class<?> group = benchmark.getDeclaringClass();
        return group.getEnclosingClass().getSimpleName() + "." + group.getSimpleName() + "." + benchmark.getName();
    }

    /** Calls {@code benchmark} once for every combination of its parameter values. */
    static List<Invocation> invokeAll(Method benchmark) {
        List<Class<?>> stateTypes = stateTypes(benchmark);
        List<Invocation> calls = new ArrayList<>();
        for (Map<Field, String> combination : combinations(paramFields(stateTypes))) {
            calls.add(invoke(benchmark, stateTypes, combination));
        }
        return calls;
    }

    /** The ids of {@code benchmark}, one per combination of its parameter values, without calling it. */
    static List<String> ids(Method benchmark) {
        List<String> ids = new ArrayList<>();
        for (Map<Field, String> combination : combinations(paramFields(stateTypes(benchmark)))) {
            Map<String, String> named = new TreeMap<>();
            combination.forEach((f, v) -> named.put(f.getName(), v));
            ids.add(id(benchmark, named));
        }
        return ids;
    }

    /** The {@code @Param} fields of {@code benchmark}'s states with their declared values, by field name. */
    static Map<String, List<String>> params(Method benchmark) {
        Map<String, List<String>> params = new TreeMap<>();
        for (Field f : paramFields(stateTypes(benchmark))) {
            params.put(f.getName(), List.of(f.getAnnotation(Param.class).value()));
        }
        return params;
    }

    private static List<Field> paramFields(List<Class<?>> stateTypes) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type : stateTypes) {
            for (Field f : type.getFields()) {
                if (f.isAnnotationPresent(Param.class)) {
                    fields.add(f);
                }
            }
        }
        fields.sort(Comparator.comparing(Field::getName));
        return fields;
    }

    private static List<Class<?>> stateTypes(Method benchmark) {
        List<Class<?>> types = new ArrayList<>();
        Class<?> group = benchmark.getDeclaringClass();
        if (group.isAnnotationPresent(State.class)) {
            types.add(group);
        }
        for (Class<?> p : benchmark.getParameterTypes()) {
            if (!p.isAnnotationPresent(State.class)) {
                throw new IllegalArgumentException(name(benchmark) + " takes a " + p.getName()
                        + ", which is not a @State; the invoker only builds states");
            }
            types.add(p);
        }
        return types;
    }

    private static List<Map<Field, String>> combinations(List<Field> fields) {
        List<Map<Field, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (Field f : fields) {
            List<Map<Field, String>> next = new ArrayList<>();
            for (Map<Field, String> partial : result) {
                for (String value : f.getAnnotation(Param.class).value()) {
                    Map<Field, String> extended = new LinkedHashMap<>(partial);
                    extended.put(f, value);
                    next.add(extended);
                }
            }
            result = next;
        }
        return result;
    }

    private static Invocation invoke(Method benchmark, List<Class<?>> stateTypes, Map<Field, String> params) {
        try {
            Map<Class<?>, Object> states = new LinkedHashMap<>();
            for (Class<?> type : stateTypes) {
                Object state = type.getConstructor().newInstance();
                for (Map.Entry<Field, String> p : params.entrySet()) {
                    if (p.getKey().getDeclaringClass().isAssignableFrom(type)) {
                        setParam(state, p.getKey(), p.getValue());
                    }
                }
                runSetups(state);
                states.put(type, state);
            }
            Class<?> group = benchmark.getDeclaringClass();
            Object receiver = states.containsKey(group) ? states.get(group) : group.getConstructor().newInstance();
            Object[] args = Arrays.stream(benchmark.getParameterTypes()).map(states::get).toArray();
            TapeMemory.start();
            Object result;
            TapeMemory.Totals memory;
            try {
                result = benchmark.invoke(receiver, args);
            } finally {
                memory = TapeMemory.stop();
            }
            Map<String, String> named = new TreeMap<>();
            params.forEach((f, v) -> named.put(f.getName(), v));
            return new Invocation(id(benchmark, named), named, states, result, memory);
        } catch (InvocationTargetException e) {
            throw new AssertionError(name(benchmark) + " " + params.values() + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot call " + name(benchmark) + " as JMH would: " + e, e);
        }
    }

    /** {@code Suite.group.name[k=v,…]} with params sorted by key; no brackets without params. */
    static String id(Method benchmark, Map<String, String> sortedParams) {
        if (sortedParams.isEmpty()) {
            return name(benchmark);
        }
        StringBuilder sb = new StringBuilder(name(benchmark)).append('[');
        sortedParams.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '[' ? "" : ",").append(k).append('=').append(v));
        return sb.append(']').toString();
    }

    private static void setParam(Object state, Field field, String value) throws IllegalAccessException {
        Class<?> type = field.getType();
        if (type == int.class) {
            field.setInt(state, Integer.parseInt(value));
        } else if (type == String.class) {
            field.set(state, value);
        } else {
            throw new IllegalArgumentException("@Param field " + field + " has type " + type + "; the invoker handles int and String");
        }
    }

    private static void runSetups(Object state) throws ReflectiveOperationException {
        List<Method> setups = new ArrayList<>();
        for (Method m : state.getClass().getMethods()) {
            if (m.isAnnotationPresent(Setup.class) && !Modifier.isStatic(m.getModifiers())) {
                setups.add(m);
            }
        }
        // JMH runs trial-level setups first, then iteration-level, then invocation-level ones.
        setups.sort(Comparator.comparing((Method m) -> levelOrder(m.getAnnotation(Setup.class).value()))
                .thenComparing(Method::getName));
        for (Method m : setups) {
            m.invoke(state);
        }
    }

    private static int levelOrder(Level level) {
        return switch (level) {
            case Trial -> 0;
            case Iteration -> 1;
            case Invocation -> 2;
        };
    }
}
