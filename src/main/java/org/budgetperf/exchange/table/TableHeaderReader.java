package org.budgetperf.exchange.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.exchange.sheet.Cell;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.Grid.Slot;
import org.budgetperf.exchange.sheet.ImportFindings;
import org.budgetperf.exchange.sheet.NumberReader;
import org.budgetperf.exchange.table.FormOutline.LabelAt;

/**
 * Reads the head of the form: 部门名称, the fiscal year, 财政供养人员数, 下属二级单位数 and, when the file
 * states it, the implementation period (实施周期).
 *
 * <p>The year is usually not a field but part of the title, {@code (2024年)} on a line of its own
 * (Dongguan) or {@code 2023年市级部门整体预算绩效目标表} (Zhanjiang); a 年度 field is preferred when
 * a layout has one. The period is not printed on the Guangdong form and stays null unless a
 * 实施周期 field or a caption such as {@code 实施周期指标值(2024-2026年)} states it.
 */
final class TableHeaderReader extends OutlineBlockReader {

    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR_ALONE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern PERIOD =
            Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年?\\s*(?:-|—|–|~|～|至|到)\\s*((?:19|20)\\d{2})(?!\\d)");

    /** The period's first and last year. */
    record Period(int startYear, int endYear) {}

    private final NumberReader numbers;

    TableHeaderReader(FormOutline outline, ImportFindings findings) {
        super(outline, findings);
        this.numbers = new NumberReader(findings);
    }

    String department(LabelAt label) {
        Cell value = outline.valueCellOf(label);
        if (value == null || value.isBlank()) {
            findings.warning(
                    FindingCodes.REQUIRED_FIELD_BLANK,
                    outline.valueLocation(label),
                    "部门名称 (department) is blank",
                    "部门名称为空");
            return null;
        }
        findings.used(value);
        return value.value();
    }

    Integer fiscalYear(LabelAt department, int headerEnd) {
        Optional<LabelAt> yearField = outline.firstAbove(FormLabel.FISCAL_YEAR, headerEnd);
        if (yearField.isPresent()) {
            Cell value = outline.valueCellOf(yearField.get());
            Optional<Integer> year = value == null ? Optional.empty() : find(YEAR_ALONE, value.value());
            if (year.isPresent()) {
                findings.used(value);
                return year.get();
            }
        }
        for (int r = 0; r <= department.row(); r++) {
            for (Slot slot : outline.grid().nonBlank(r)) {
                Optional<Integer> year = find(YEAR_IN_TITLE, slot.value());
                if (year.isPresent()) {
                    return year.get();
                }
            }
        }
        findings.warning(
                FindingCodes.YEAR_NOT_FOUND,
                outline.grid().description(),
                "No fiscal year in the title or a 年度 field",
                "标题和“年度”栏中都没有找到年度");
        return null;
    }

    Integer count(FormLabel label, int headerEnd) {
        Optional<LabelAt> at = outline.firstAbove(label, headerEnd);
        if (at.isEmpty()) {
            findings.labelNotFound(label.printed(), outline.grid().description());
            return null;
        }
        return numbers.count(outline.valueCellOf(at.get()), label.printed(), outline.valueLocation(at.get()));
    }

    /** The period from a 实施周期 field or a value caption stating it; null when the form has none. */
    Period period() {
        Optional<LabelAt> field = outline.first(FormLabel.IMPLEMENTATION_PERIOD);
        if (field.isPresent()) {
            Cell value = outline.valueCellOf(field.get());
            Period period = value == null ? null : parsePeriod(value.value());
            if (period != null) {
                return period;
            }
        }
        return outline.first(FormLabel.PERIOD_VALUE)
                .map(at -> parsePeriod(at.slot().value()))
                .orElse(null);
    }

    static Period parsePeriod(String text) {
        Matcher m = PERIOD.matcher(text);
        if (!m.find()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return start <= end ? new Period(start, end) : null;
    }

    private static Optional<Integer> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }
}
