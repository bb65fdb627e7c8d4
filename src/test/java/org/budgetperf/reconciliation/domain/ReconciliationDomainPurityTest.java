package org.budgetperf.reconciliation.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reconciliation rules stay pure: only java.* and the plain budget model (engineering.md, Layout). */
class ReconciliationDomainPurityTest {

    @Test
    void dependsOnlyOnJavaAndTheBudgetDomainModel() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.budgetperf.reconciliation.domain");

        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.budgetperf.reconciliation.domain..", "org.budgetperf.budget.domain..")
                .check(domain);
    }
}
