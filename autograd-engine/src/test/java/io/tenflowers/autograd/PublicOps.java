package io.tenflowers.autograd;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The engine's public ops, found by reflection, and the check that a table of gradient checks
 * covers them: every public method of {@link Tensor} (whatever it returns, so that an op returning
 * several tensors is not missed), and every public static method of another public class of this
 * package that returns tensors (ops defined outside {@code Tensor}, like {@link CustomGradient#apply}).
 *
 * <p>An op is named by its signature, {@code Class.method(ParamType, …)} with simple type names,
 * e.g. {@code Tensor.sum(int, boolean)} or {@code Tensor.reshape(int[])}.
 */
final class PublicOps {
    private static final String PACKAGE = Tensor.class.getPackageName();

    /** Found once: importing the package's classes is the slow part. */
    private static List<String> found;

    private PublicOps() {
    }

    /** The signatures of the public ops, sorted. */
    static synchronized List<String> list() {
        if (found == null) {
            found = find();
        }
        return found;
    }

    private static List<String> find() {
        Set<String> ops = new TreeSet<>();
        for (Method m : Tensor.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                ops.add(signature(m));
            }
        }
        for (Class<?> type : publicClassesOfThePackage()) {
            if (type == Tensor.class) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                int modifiers = m.getModifiers();
                if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && !m.isSynthetic()
                        && m.getGenericReturnType().getTypeName().contains(Tensor.class.getName())) {
                    ops.add(signature(m));
                }
            }
        }
        return List.copyOf(ops);
    }

    /** {@code Class.method(ParamType, …)} with simple type names (arrays and varargs as {@code T[]}). */
    static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * What is wrong with a table of checked ops and a table of exclusions against the public ops:
     * ops in neither, entries that name no public op (stale after a rename), ops in both, and
     * exclusions without a reason. Empty when nothing is wrong; otherwise one paragraph per kind
     * of problem, each saying how to fix it.
     *
     * @param checked  the ops that have a finite-difference check
     * @param excluded the ops that need none, each with the reason
     */
    static String coverageProblems(Collection<String> publicOps, Set<String> checked, Map<String, String> excluded) {
        StringBuilder problems = new StringBuilder();
        Set<String> unchecked = new TreeSet<>(publicOps);
        unchecked.removeAll(checked);
        unchecked.removeAll(excluded.keySet());
        report(problems, unchecked, "Public ops without a gradient check", "Add a finite-difference check to "
                + "OpGradientTest.CHECKS, or, if the op needs none (no tensor input, no tensor result, not "
                + "differentiable by design), add it with the reason to OpGradientTest.NOT_CHECKED.");
        Set<String> stale = new TreeSet<>(checked);
        stale.addAll(excluded.keySet());
        stale.removeAll(publicOps);
        report(problems, stale, "Entries that name no public op", "Renamed or removed? Rename or remove the "
                + "entries (signatures are Class.method(ParamType, ...) with simple type names, varargs as T[]).");
        Set<String> both = new TreeSet<>(checked);
        both.retainAll(excluded.keySet());
        report(problems, both, "Ops both checked and excluded", "Remove them from OpGradientTest.NOT_CHECKED.");
        Set<String> unexplained = excluded.entrySet().stream()
                .filter(e -> e.getValue() == null || e.getValue().isBlank())
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        report(problems, unexplained, "Exclusions without a reason", "Say why the op needs no gradient check.");
        return problems.toString();
    }

    private static void report(StringBuilder problems, Set<String> ops, String heading, String fix) {
        if (ops.isEmpty()) {
            return;
        }
        problems.append(heading).append(':');
        for (String op : ops) {
            problems.append("\n  ").append(op);
        }
        problems.append('\n').append(fix).append('\n');
    }

    private static List<Class<?>> publicClassesOfThePackage() {
        List<Class<?>> classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PACKAGE)
                .stream()
                .filter(c -> c.getPackageName().equals(PACKAGE) && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && c.isTopLevelClass())
                .map(JavaClass::reflect)
                .collect(Collectors.toList());
        if (!classes.contains(Tensor.class)) {
            // Without the main classes found on disk the coverage check would pass vacuously.
            throw new IllegalStateException("the main classes of " + PACKAGE + " were not found (expected Tensor "
                    + "among them, under target/classes)");
        }
        return classes;
    }
}
