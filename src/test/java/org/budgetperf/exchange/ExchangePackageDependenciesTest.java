package org.budgetperf.exchange;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The importer stays pure: no Quarkus, JAX-RS or JPA, so the web layer can wrap it and tests need no container. */
class ExchangePackageDependenciesTest {

    @Test
    void dependsOnlyOnTheJdkPoiAndTheDomain() {
        JavaClasses exchange = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.budgetperf.exchange");
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.xml..", "org.xml.sax..", "org.apache.poi..",
                        "org.budgetperf.exchange..", "org.budgetperf.budget.domain..", "org.budgetperf.budget.indicator.domain..",
                        "org.budgetperf.evaluation.domain..", "org.budgetperf.shared.domain..")
                .check(exchange);
    }
}
