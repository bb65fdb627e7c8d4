package org.budgetperf.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.budgetperf.reconciliation.domain.GradedRule;
import org.budgetperf.reconciliation.domain.ReconciliationRuleSet;
import org.budgetperf.reference.RuleCatalogue.Family;
import org.budgetperf.reference.RuleCatalogue.Rule;
import org.budgetperf.review.domain.ReviewRuleSet;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue (reference/rules.yaml) is THE list of rules: docs/rules.md's rule tables state the same ids with
 * the same severities, every id a rule class can emit is in it, and every id in it is emitted by some rule.
 */
class RuleCatalogueTest {

    private static final Pattern RULE_ID = Pattern.compile("R-[A-Z]+-[0-9]+");
    private static final Pattern SEVERITY = Pattern.compile("\\b(ERROR|WARNING|INFO)\\b");
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.load();

    @Test
    void everyRuleIsStatedInBothLanguagesWithItsSource() {
        assertThat(CATALOGUE.rules()).hasSize(29);
        assertThat(CATALOGUE.rules().stream().map(Rule::id)).doesNotHaveDuplicates();
        assertThat(CATALOGUE.rules()).allSatisfy(rule -> {
            assertThat(rule.statementZh()).as(rule.id()).containsPattern("\\p{IsHan}");
            assertThat(rule.statementEn()).as(rule.id()).containsPattern("[A-Za-z]{3}");
            assertThat(rule.formulaZh()).as(rule.id()).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(rule.formulaEn()).as(rule.id()).isNotBlank();
            assertThat(rule.sourceZh()).as(rule.id()).isNotBlank();
            assertThat(rule.sourceEn()).as(rule.id()).isNotBlank();
            assertThat(rule.family()).as(rule.id()).isEqualTo(familyOf(rule.id()));
        });
        assertThat(CATALOGUE.find("R-SCO-1").orElseThrow().sourceEn()).contains("财预〔2020〕10号");
        assertThat(CATALOGUE.ruleSets())
                .extracting(RuleCatalogue.RuleSet::version)
                .doesNotContainNull();
    }

    @Test
    void docsRulesMdListsTheSameRulesWithTheSameSeverities() throws IOException {
        Map<String, String> documented = documentedSeverities();
        Map<String, String> catalogued = new TreeMap<>();
        CATALOGUE.rules().forEach(r -> catalogued.put(r.id(), r.severity().name()));
        assertThat(new TreeMap<>(documented)).isEqualTo(catalogued);
    }

    @Test
    void everyRuleIdDocsRulesMdMentionsIsInTheCatalogue() throws IOException {
        Set<String> mentioned = idsIn(Files.readString(Path.of("docs/rules.md")));
        assertThat(mentioned).isNotEmpty().isSubsetOf(catalogueIds());
    }

    @Test
    void theGradedRulesStateTheCataloguesIdsAndSeverities() {
        List<GradedRule> graded = Stream.concat(
                        new ReconciliationRuleSet().rules().stream(), new ReviewRuleSet().rules().stream())
                .map(GradedRule.class::cast)
                .toList();
        assertThat(graded).hasSize(19);
        for (GradedRule rule : graded) {
            Rule catalogued = CATALOGUE
                    .find(rule.id())
                    .orElseThrow(() -> new AssertionError(rule.id() + " is not in reference/rules.yaml"));
            assertThat(catalogued.severity().name())
                    .as(rule.id())
                    .isEqualTo(rule.severity().name());
        }
    }

    @Test
    void everyRuleIdTheCodeCanEmitIsInTheCatalogueAndEveryCataloguedRuleIsEmitted() throws IOException {
        Set<String> emitted = new TreeSet<>();
        new ReconciliationRuleSet().rules().forEach(r -> emitted.add(r.id()));
        new ReviewRuleSet().rules().forEach(r -> emitted.add(r.id()));
        emitted.addAll(evaluationRuleIds());
        assertThat(evaluationRuleIds()).hasSize(10);
        assertThat(emitted).isEqualTo(catalogueIds());

        // Any other literal id anywhere in the production code (a message, a formula) must be catalogued too.
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m =
                        Pattern.compile("\"(R-[A-Z]+-[0-9]+)").matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        assertThat(literals).hasSizeGreaterThan(20).isSubsetOf(catalogueIds());
    }

    /** The {@code ID} constants of the monitoring and scoring rules (evaluation.domain declares each once). */
    private static Set<String> evaluationRuleIds() {
        Set<String> ids = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.budgetperf.evaluation.domain")) {
            for (Field f : c.reflect().getDeclaredFields()) {
                int m = f.getModifiers();
                if (f.getName().equals("ID") && Modifier.isStatic(m) && f.getType() == String.class) {
                    try {
                        f.setAccessible(true);
                        ids.add((String) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return ids;
    }

    /** id → severity of every row of a docs/rules.md table with an {@code id} and a {@code severity} column. */
    static Map<String, String> documentedSeverities() throws IOException {
        Map<String, String> severities = new LinkedHashMap<>();
        int severityColumn = -1;
        for (String line : Files.readAllLines(Path.of("docs/rules.md"))) {
            if (!line.startsWith("|")) {
                severityColumn = -1;
                continue;
            }
            List<String> cells = List.of(line.substring(1).split("\\|", -1)).stream()
                    .map(String::strip)
                    .toList();
            if (cells.get(0).equals("id")) {
                severityColumn = cells.indexOf("severity");
            } else if (severityColumn > 0 && RULE_ID.matcher(cells.get(0)).matches()) {
                Matcher severity = SEVERITY.matcher(cells.get(severityColumn));
                assertThat(severity.find()).as(cells.get(0) + " has a severity").isTrue();
                assertThat(severities.put(cells.get(0), severity.group(1)))
                        .as(cells.get(0) + " listed once")
                        .isNull();
            }
        }
        return severities;
    }

    private static Set<String> idsIn(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher m = RULE_ID.matcher(text);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    private static Set<String> catalogueIds() {
        Set<String> ids = new TreeSet<>();
        CATALOGUE.rules().forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static Family familyOf(String id) {
        return switch (id.split("-")[1]) {
            case "BUD" -> Family.RECONCILIATION;
            case "REV", "FW", "VAL", "HIS" -> Family.REVIEW;
            case "MON" -> Family.MONITORING;
            case "SCO" -> Family.SCORING;
            default -> throw new AssertionError("unknown family of " + id);
        };
    }
}
