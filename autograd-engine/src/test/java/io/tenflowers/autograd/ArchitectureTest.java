package io.tenflowers.autograd;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine's layering, checked on its main classes only (test code may use anything).
 *
 * <p>The kernels are plain loops over {@code float[]}: they must stay free of tensors, tapes and
 * gradients so that they can be tuned, benchmarked and swapped on their own. Main code must not
 * reach into test code (the JMH suites, test helpers), which is absent from the engine's jar, nor
 * into the benchmark plugin, which depends on the engine and not the other way round.
 */
@AnalyzeClasses(packages = "io.tenflowers.autograd", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String KERNELS = "io.tenflowers.autograd.kernels..";

    @ArchTest
    static final ArchRule kernelsKnowNothingOfTheRestOfTheEngine = noClasses()
            .that().resideInAPackage(KERNELS)
            .should().dependOnClassesThat(resideInAPackage("io.tenflowers.autograd..")
                    .and(resideOutsideOfPackage(KERNELS))
                    .as("reside in io.tenflowers.autograd.. but outside the kernels package"))
            .because("kernels know nothing of tensors, tapes or gradients");

    @ArchTest
    static final ArchRule mainCodeDoesNotDependOnTestCode = noClasses()
            .should().dependOnClassesThat(testCode())
            .because("test classes (JMH suites, test helpers) are not in the engine's jar");

    @ArchTest
    static final ArchRule engineDoesNotDependOnTheBenchmarkPlugin = noClasses()
            .should().dependOnClassesThat().resideInAPackage("io.tenflowers.bench..")
            .because("the benchmark plugin runs the engine's suites; the engine must not need it");

    /**
     * The engine's test classes by name. They share packages with main classes (e.g. the test
     * helper {@code GradientCheck}), so a package pattern cannot tell them apart.
     */
    private static DescribedPredicate<JavaClass> testCode() {
        Set<String> names = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("io.tenflowers")
                .stream()
                .map(JavaClass::getName)
                .collect(Collectors.toUnmodifiableSet());
        if (names.isEmpty()) {
            // Without test classes found on disk the rule would pass vacuously.
            throw new IllegalStateException("no test classes of io.tenflowers found (expected under target/test-classes)");
        }
        return DescribedPredicate.describe("test code", c -> names.contains(c.getName()));
    }
}
