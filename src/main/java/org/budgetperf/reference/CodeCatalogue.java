package org.budgetperf.reference;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;
import org.budgetperf.evaluation.domain.Light;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.reconciliation.domain.OverallStatus;
import org.budgetperf.reconciliation.domain.RuleStatus;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ViolationCode;

/**
 * The stable codes a client switches on, in sections: {@code problems} (every {@link ProblemCode}: status, type URI,
 * title), {@code violations} (every {@link ViolationCode} a problem document's {@code violations[].code} may carry)
 * and {@code findings} (one group per kind of finding). The codes and their order come from the code; the
 * explanations of problems and findings come from {@code reference/codes.yaml} (CodeCatalogueTest asks for each),
 * those of violation codes from the enum itself, so a code added to an enum appears here at once.
 *
 * <p>Extension point: a further section is one more list in this record, built the same way from its enum in
 * {@link #load()} and one more property of the contract's {@code CodeReference}.
 */
public record CodeCatalogue(List<Problem> problems, List<ViolationCodeEntry> violations, List<FindingGroup> findings) {

    /** A {@link ProblemCode}; the explanations are null only when codes.yaml lacks one (a test forbids it). */
    public record Problem(
            String code, int status, String type, String title, String explanationZh, String explanationEn) {}

    /** A code of {@code violations[].code}: what it means, whatever field it is reported for. */
    public record ViolationCodeEntry(String code, String explanationZh, String explanationEn) {}

    /** A kind of finding, where it appears in the answers (JSON paths), and its codes. */
    public record FindingGroup(
            String group, String titleZh, String titleEn, List<String> appearsIn, List<FindingCode> codes) {}

    /** One finding code; {@code severity} is null when the code's severity varies (or it has none). */
    public record FindingCode(String code, String severity, String explanationZh, String explanationEn) {}

    /** Where the codes of each finding group are declared. */
    static final Map<String, List<String>> FINDING_CODES = findingCodes();

    record Text(String severity, String zh, String en) {}

    record GroupText(String titleZh, String titleEn, List<String> appearsIn, Map<String, Text> codes) {}

    record File(Map<String, Text> problems, Map<String, GroupText> findings) {}

    public CodeCatalogue {
        problems = List.copyOf(problems);
        violations = List.copyOf(violations);
        findings = List.copyOf(findings);
    }

    public static CodeCatalogue load() {
        File file = ReferenceYaml.read("codes.yaml", File.class);
        List<Problem> problems = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            Text text = file.problems().get(code.name());
            problems.add(new Problem(
                    code.name(),
                    code.status(),
                    code.type(),
                    code.title(),
                    text == null ? null : text.zh(),
                    text == null ? null : text.en()));
        }
        List<FindingGroup> groups = new ArrayList<>();
        FINDING_CODES.forEach((group, codes) -> {
            GroupText texts = file.findings().get(group);
            if (texts == null) {
                throw new IllegalStateException("reference/codes.yaml has no finding group " + group);
            }
            List<FindingCode> entries = codes.stream()
                    .map(code -> {
                        Text text = texts.codes().get(code);
                        return text == null
                                ? new FindingCode(code, null, null, null)
                                : new FindingCode(code, text.severity(), text.zh(), text.en());
                    })
                    .toList();
            groups.add(new FindingGroup(group, texts.titleZh(), texts.titleEn(), texts.appearsIn(), entries));
        });
        List<ViolationCodeEntry> violations = Arrays.stream(ViolationCode.values())
                .map(code -> new ViolationCodeEntry(code.name(), code.descriptionZh(), code.descriptionEn()))
                .toList();
        return new CodeCatalogue(problems, violations, groups);
    }

    /** The explanations codes.yaml holds, by section and code, for the test that every code has one. */
    static File texts() {
        return ReferenceYaml.read("codes.yaml", File.class);
    }

    private static Map<String, List<String>> findingCodes() {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        codes.put("VALUE", names(ValueFindingCode.values()));
        // The one indicator-level code (IndicatorView), the same word as the importer's.
        codes.put("INDICATOR", List.of(FindingCodes.FRAMEWORK_MISMATCH));
        codes.put("IMPORT", constants(FindingCodes.class));
        codes.put("RULE_STATUS", names(RuleStatus.values()));
        codes.put("RECONCILIATION_OUTCOME", names(OverallStatus.values()));
        codes.put("LIGHT", names(Light.values()));
        return codes;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The public String constants of a class of codes, in declaration order. */
    private static List<String> constants(Class<?> holder) {
        List<String> values = new ArrayList<>();
        for (Field f : holder.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == String.class) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(values);
    }
}
