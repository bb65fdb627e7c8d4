package org.budgetperf.exchange;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.budgetperf.shared.money.AmountUnit;
import org.junit.jupiter.api.Test;

/**
 * The importer stays pure: no Quarkus, JAX-RS or JPA, so the web layer can wrap it and tests need no container. It is
 * split by form: {@code table} (部门整体预算绩效目标表) and {@code selfevaluation} (项目支出绩效自评表) each build on
 * {@code sheet} (xlsx and text plumbing, findings, limits, the shared cell readers) and know nothing of each other.
 */
class ExchangePackageDependenciesTest {

    private static final String SHEET = "org.budgetperf.exchange.sheet..";
    private static final String TABLE = "org.budgetperf.exchange.table..";
    private static final String SELF_EVALUATION = "org.budgetperf.exchange.selfevaluation..";

    private static final JavaClasses EXCHANGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.budgetperf.exchange");

    /**
     * The JDK, POI, the domain packages, and of {@code shared.money} only the plain enum {@link AmountUnit} (one
     * AmountUnit for the API and the forms), never {@code Money}, which reports JSON violations.
     */
    @Test
    void dependsOnlyOnTheJdkPoiAndTheDomain() {
        classes()
                .should()
                .onlyDependOnClassesThat(or(
                        resideInAnyPackage(
                                "java..",
                                "javax.xml..",
                                "org.xml.sax..",
                                "org.apache.poi..",
                                "org.budgetperf.exchange..",
                                "org.budgetperf.budget.domain..",
                                "org.budgetperf.budget.indicator.domain..",
                                "org.budgetperf.evaluation.domain..",
                                "org.budgetperf.shared.domain.."),
                        equivalentTo(AmountUnit.class)))
                .check(EXCHANGE);
    }

    @Test
    void everyClassLivesInOneOfTheThreePackages() {
        classes()
                .that()
                .doNotHaveSimpleName("package-info")
                .should()
                .resideInAnyPackage(SHEET, TABLE, SELF_EVALUATION)
                .check(EXCHANGE);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("org.budgetperf.exchange.(*)..")
                .should()
                .beFreeOfCycles()
                .check(EXCHANGE);
    }

    @Test
    void thePlumbingKnowsNoForm() {
        noClasses()
                .that()
                .resideInAPackage(SHEET)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(TABLE, SELF_EVALUATION)
                .check(EXCHANGE);
    }

    @Test
    void theFormsKnowNothingOfEachOther() {
        noClasses()
                .that()
                .resideInAPackage(TABLE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(SELF_EVALUATION)
                .check(EXCHANGE);
        noClasses()
                .that()
                .resideInAPackage(SELF_EVALUATION)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(TABLE)
                .check(EXCHANGE);
    }
}
