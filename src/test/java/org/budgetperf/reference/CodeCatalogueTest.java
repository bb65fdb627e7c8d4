package org.budgetperf.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;
import org.budgetperf.shared.problem.ProblemCode;
import org.junit.jupiter.api.Test;

/** Every code the service can answer with is explained, and every explanation belongs to a code. */
class CodeCatalogueTest {

    private static final CodeCatalogue CODES = CodeCatalogue.load();

    @Test
    void everyProblemCodeIsListedWithItsStatusTypeTitleAndAnExplanation() {
        assertThat(CODES.problems())
                .extracting(CodeCatalogue.Problem::code)
                .containsExactlyElementsOf(
                        Arrays.stream(ProblemCode.values()).map(Enum::name).toList());
        assertThat(CODES.problems()).allSatisfy(p -> {
            assertThat(p.explanationZh()).as(p.code()).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(p.explanationEn()).as(p.code()).isNotBlank();
        });
        CodeCatalogue.Problem blocked = CODES.problems().stream()
                .filter(p -> p.code().equals("SUBMISSION_BLOCKED"))
                .findFirst()
                .orElseThrow();
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.type()).isEqualTo(ProblemCode.SUBMISSION_BLOCKED.type());
        assertThat(codeExplainedIn(CodeCatalogue.texts().problems().keySet())).isTrue();
    }

    @Test
    void everyFindingCodeIsExplainedAndEveryExplanationNamesACode() {
        assertThat(CODES.findings())
                .extracting(CodeCatalogue.FindingGroup::group)
                .containsExactlyElementsOf(CodeCatalogue.FINDING_CODES.keySet());
        for (CodeCatalogue.FindingGroup group : CODES.findings()) {
            assertThat(group.codes()).as(group.group()).isNotEmpty().allSatisfy(c -> {
                assertThat(c.explanationZh()).as(c.code()).isNotBlank();
                assertThat(c.explanationEn()).as(c.code()).isNotBlank();
            });
            assertThat(CodeCatalogue.texts()
                            .findings()
                            .get(group.group())
                            .codes()
                            .keySet())
                    .as("explanations of " + group.group() + " without a code")
                    .containsExactlyInAnyOrderElementsOf(group.codes().stream()
                            .map(CodeCatalogue.FindingCode::code)
                            .toList());
            assertThat(group.appearsIn()).as(group.group()).isNotEmpty();
        }
        assertThat(CodeCatalogue.texts().findings().keySet())
                .containsExactlyInAnyOrderElementsOf(CodeCatalogue.FINDING_CODES.keySet());
        assertThat(codesOf("VALUE"))
                .containsExactlyElementsOf(
                        Arrays.stream(ValueFindingCode.values()).map(Enum::name).toList());
        assertThat(codesOf("IMPORT"))
                .contains("AMOUNT_ROUNDED", "FORM_WEIGHT_CHANGED")
                .hasSize(36);
    }

    private static boolean codeExplainedIn(java.util.Set<String> explained) {
        return explained.equals(
                Arrays.stream(ProblemCode.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet()));
    }

    private static List<String> codesOf(String group) {
        return CODES.findings().stream().filter(g -> g.group().equals(group)).findFirst().orElseThrow().codes().stream()
                .map(CodeCatalogue.FindingCode::code)
                .toList();
    }
}
