package org.budgetperf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package structure, one direction of dependency (README, "Project layout"):
 *
 * <ul>
 *   <li><b>Kernel</b> ({@code shared}): money, problems, web plumbing, security, audit; imports no feature.</li>
 *   <li><b>Aggregate</b> ({@code department}, {@code budget} with its tasks and indicators): the records and their
 *       CRUD; imports only the kernel.</li>
 *   <li><b>Rules</b> ({@code reconciliation.domain}, {@code review.domain}, {@code evaluation.domain}): pure rule
 *       packages over the form's plain values.</li>
 *   <li><b>Workflows</b> ({@code checks}, {@code lifecycle}, {@code exchange}, {@code importing}, {@code webhooks}, the evaluation,
 *       reconciliation and review services, {@code sample}): on top of everything, used by nothing below.</li>
 *   <li><b>Reference</b> ({@code reference}): the reference data for frontends, a leaf that reads the others' enums
 *       and versions; nothing depends on it.</li>
 * </ul>
 *
 * Domain packages ({@code ..domain..}) depend only on the JDK and on each other, never on JPA, JAX-RS, Jackson or
 * Quarkus, so they can be read, tested and reused on their own.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.budgetperf");

    private static final List<String> FEATURES = List.of(
            "department",
            "budget",
            "checks",
            "reconciliation",
            "review",
            "evaluation",
            "lifecycle",
            "exchange",
            "importing",
            "webhooks",
            "exporting",
            "disclosure",
            "library",
            "sample",
            "reference");

    /**
     * One slice per feature (its sub-packages included), with each feature's pure {@code domain} part a slice of its
     * own: a service may use its rules, the rules never the service.
     */
    private static final SliceAssignment FEATURE_SLICES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String name = c.getPackageName();
            if (!name.startsWith("org.budgetperf.")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring("org.budgetperf.".length()).split("\\.");
            boolean domain = List.of(parts).contains("domain");
            return SliceIdentifier.of(parts[0] + (domain ? ".domain" : ""));
        }

        @Override
        public String getDescription() {
            return "features of org.budgetperf, each feature's domain part apart";
        }
    };

    @Test
    void featuresFormNoCycles() {
        slices().assignedFrom(FEATURE_SLICES).should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theKernelImportsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.budgetperf.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        FEATURES.stream().map(f -> "org.budgetperf." + f + "..").toArray(String[]::new))
                .check(PRODUCTION);
    }

    @Test
    void dependenciesPointFromWorkflowsToRulesToTheAggregateToTheKernel() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Kernel")
                .definedBy("org.budgetperf.shared..")
                .layer("Aggregate")
                .definedBy("org.budgetperf.department..", "org.budgetperf.budget..")
                .layer("Rules")
                .definedBy(
                        "org.budgetperf.reconciliation.domain..",
                        "org.budgetperf.review.domain..",
                        "org.budgetperf.evaluation.domain..")
                .layer("Workflows")
                .definedBy(
                        "org.budgetperf.checks..",
                        "org.budgetperf.lifecycle..",
                        "org.budgetperf.exchange..",
                        "org.budgetperf.importing..",
                        "org.budgetperf.exporting..",
                        "org.budgetperf.disclosure..",
                        "org.budgetperf.library..",
                        "org.budgetperf.sample..",
                        "org.budgetperf.webhooks..",
                        "org.budgetperf.evaluation",
                        "org.budgetperf.reconciliation",
                        "org.budgetperf.review")
                .layer("Reference")
                .definedBy("org.budgetperf.reference..")
                .whereLayer("Reference")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Workflows")
                .mayOnlyBeAccessedByLayers("Reference")
                .whereLayer("Rules")
                .mayOnlyBeAccessedByLayers("Workflows", "Reference")
                .whereLayer("Aggregate")
                .mayOnlyBeAccessedByLayers("Rules", "Workflows", "Reference")
                .whereLayer("Kernel")
                .mayOnlyBeAccessedByLayers("Aggregate", "Rules", "Workflows", "Reference")
                .check(PRODUCTION);
    }

    @Test
    void domainPackagesDependOnlyOnTheJdkAndOtherDomainPackages() {
        classes()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.budgetperf..domain..")
                .check(PRODUCTION);
    }

    @Test
    void theRulesHaveCodeToCheck() {
        org.assertj.core.api.Assertions.assertThat(
                        PRODUCTION.that(com.tngtech.archunit.base.DescribedPredicate.describe(
                                "in a domain package", c -> c.getPackageName().endsWith(".domain"))))
                .hasSizeGreaterThan(5);
        org.assertj.core.api.Assertions.assertThat(FEATURES)
                .allSatisfy(feature -> org.assertj.core.api.Assertions.assertThat(
                                PRODUCTION.that(com.tngtech.archunit.base.DescribedPredicate.describe(
                                        "in " + feature,
                                        c -> c.getPackageName().startsWith("org.budgetperf." + feature))))
                        .isNotEmpty());
    }
}
