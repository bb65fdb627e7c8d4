package org.budgetperf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rules pure: domain packages (the form model, the target-value parser, reconciliation,
 * review and scoring rules) depend only on the JDK and on each other, never on JPA, JAX-RS, Jackson or
 * Quarkus, so they can be read, tested and reused on their own.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.budgetperf");

    @Test
    void domainPackagesDependOnlyOnTheJdkAndOtherDomainPackages() {
        classes().that().resideInAPackage("..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.budgetperf..domain..")
                .check(PRODUCTION);
    }

    @Test
    void theRuleHasDomainCodeToCheck() {
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.that(
                com.tngtech.archunit.base.DescribedPredicate.describe("in a domain package",
                        c -> c.getPackageName().endsWith(".domain")))).hasSizeGreaterThan(5);
    }
}
