package org.budgetperf.exchange;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.budgetperf.shared.money.AmountUnit;
import org.junit.jupiter.api.Test;

/** The importer stays pure: no Quarkus, JAX-RS or JPA, so the web layer can wrap it and tests need no container. */
class ExchangePackageDependenciesTest {

    private static final JavaClasses EXCHANGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.budgetperf.exchange");

    /**
     * The JDK, POI, the domain packages, and of {@code shared.money} only the plain enum {@link AmountUnit} (one
     * AmountUnit for the API and the forms), never {@code Money}, which reports JSON violations.
     */
    @Test
    void dependsOnlyOnTheJdkPoiAndTheDomain() {
        classes().should().onlyDependOnClassesThat(or(
                        resideInAnyPackage("java..", "javax.xml..", "org.xml.sax..", "org.apache.poi..",
                                "org.budgetperf.exchange..", "org.budgetperf.budget.domain..", "org.budgetperf.indicator.domain..",
                                "org.budgetperf.evaluation.domain..", "org.budgetperf.shared.domain.."),
                        equivalentTo(AmountUnit.class)))
                .check(EXCHANGE);
    }
}
