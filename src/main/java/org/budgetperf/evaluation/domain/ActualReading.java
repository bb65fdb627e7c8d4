package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetperf.budget.indicator.domain.Operator;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.budgetperf.budget.indicator.domain.ValueFindingCode;
import org.budgetperf.budget.indicator.domain.ValueKind;

/**
 * Reads an actual value (self-evaluation) or an expected year-end value (monitoring) against the indicator's
 * target, so that the two can be compared. Shared by R-MON-2 and R-SCO-3…6.
 *
 * <ul>
 *   <li>A quantitative target needs a figure: a number, optionally followed by the target's unit
 *       ({@code 49358}, {@code 49358人}, {@code 95%}). On a percentage target a bare number is a percentage
 *       ({@code 95} is 95 %), because forms like Yuzhong's put % in a unit column and the figure alone in the
 *       value column. A fraction on a rate ({@code 0.95}) is <em>not</em> turned into 95 % — 0.95 % is a
 *       plausible rate — but noted. A comparison ({@code ≥95%}), a range, a sentence or another unit is refused.</li>
 *   <li>A qualitative target needs 达成 / 部分达成 / 未达成 ({@link QualitativeResult#parse}). Two readings of what
 *       forms actually write are accepted and noted: the target's own word (合规 for target 合规 → 达成), and 较 +
 *       the word (较有效 for 有效 → 部分达成) or 不/未/无 + the word (不合规 → 未达成).</li>
 *   <li>A grade target (优/良/中/差) takes 达成 … or a grade: the target grade or better → 达成, one grade lower →
 *       部分达成, lower still → 未达成.</li>
 * </ul>
 */
final class ActualReading {

    enum Kind {
        NUMBER,
        RESULT,
        MISSING,
        UNREADABLE
    }

    /**
     * @param kind what was read
     * @param number the figure in the target's unit (NUMBER)
     * @param result the qualitative result (RESULT)
     * @param note how the text was read, when that is not evident; null otherwise
     * @param problemZh why it cannot be used (UNREADABLE), in Chinese
     * @param problemEn the same in English
     */
    record Reading(
            Kind kind, BigDecimal number, QualitativeResult result, String note, String problemZh, String problemEn) {
        boolean usable() {
            return kind == Kind.NUMBER || kind == Kind.RESULT;
        }
    }

    private static final Map<String, Integer> GRADE_RANK =
            Map.of("优", 4, "优秀", 4, "良", 3, "良好", 3, "中", 2, "中等", 2, "差", 1, "较差", 1);
    private static final Set<ValueFindingCode> NOT_A_FIGURE = Set.of(
            ValueFindingCode.RANGE,
            ValueFindingCode.EMBEDDED_COMPARISON,
            ValueFindingCode.UNPARSED_TEXT,
            ValueFindingCode.MALFORMED);

    private ActualReading() {}

    static Reading read(TargetValue target, String actual, String indicatorName) {
        if (actual == null || actual.isBlank()) {
            return new Reading(Kind.MISSING, null, null, null, "未填写", "not given");
        }
        String text = actual.strip();
        if (target.isQuantitative()) {
            return figure(target, text, indicatorName);
        }
        if (target.kind() == ValueKind.GRADE) {
            return grade(target, text);
        }
        if (target.kind() == ValueKind.QUALITATIVE) {
            return qualitative(target, text);
        }
        return unreadable("指标没有可比较的目标值", "the indicator has no target to compare with");
    }

    private static Reading figure(TargetValue target, String text, String indicatorName) {
        TargetValue read = TargetValueParser.parse(text, indicatorName);
        boolean plainFigure = read.isQuantitative()
                && read.operator() == Operator.EQ
                && !text.startsWith("=")
                && !text.startsWith("＝")
                && read.findings().stream().noneMatch(f -> NOT_A_FIGURE.contains(f.code()));
        if (!plainFigure) {
            String unitZh = target.unit() == null ? "" : "（单位 " + target.unit() + "）";
            String unitEn = target.unit() == null ? "" : " (unit " + target.unit() + ")";
            String hintZh = QualitativeResult.parse(text).isPresent() ? "；定量指标须填写实际数值，不能只填“" + text + "”" : "";
            String hintEn =
                    QualitativeResult.parse(text).isPresent() ? "; a quantitative target needs the figure itself" : "";
            return unreadable(
                    "“" + text + "”不是一个数值" + unitZh + hintZh, "'" + text + "' is not a figure" + unitEn + hintEn);
        }
        String note = null;
        if (target.kind() == ValueKind.PERCENT) {
            if (read.unit() == null) {
                note = "“" + text + "”按 " + read.number().toPlainString() + "% 理解（目标为百分比） / '" + text + "' read as "
                        + read.number().toPlainString() + " % (the target is a percentage)";
                if (read.findings().stream().anyMatch(f -> f.code() == ValueFindingCode.FRACTION_FOR_RATE)) {
                    note += "；若指 "
                            + read.number()
                                    .movePointRight(2)
                                    .stripTrailingZeros()
                                    .toPlainString()
                            + "%，请填写百分数 / if "
                            + read.number()
                                    .movePointRight(2)
                                    .stripTrailingZeros()
                                    .toPlainString()
                            + " % was meant, write it as a percentage";
                }
            } else if (!"%".equals(read.unit())) {
                return unitMismatch(text, read.unit(), "%");
            }
        } else if (read.kind() == ValueKind.PERCENT) {
            return unitMismatch(text, "%", target.unit() == null ? "（无单位）" : target.unit());
        } else if (read.unit() != null && target.unit() != null && !read.unit().equals(target.unit())) {
            return unitMismatch(text, read.unit(), target.unit());
        } else if (read.unit() != null && target.unit() == null) {
            note = "目标值没有单位，实际值单位“" + read.unit() + "”未核对 / the target has no unit; the unit '" + read.unit()
                    + "' was not checked";
        }
        return new Reading(Kind.NUMBER, read.number(), null, note, null, null);
    }

    private static Reading grade(TargetValue target, String text) {
        Optional<QualitativeResult> result = QualitativeResult.parse(text);
        if (result.isPresent()) {
            return new Reading(Kind.RESULT, null, result.get(), null, null, null);
        }
        Integer wanted = GRADE_RANK.get(target.raw().strip());
        Integer got = GRADE_RANK.get(text);
        if (wanted == null || got == null) {
            return unreadable(
                    "等级目标须填写达成/部分达成/未达成或优/良/中/差，不能填写“" + text + "”",
                    "a grade target takes 达成/部分达成/未达成 or a grade (优/良/中/差), not '" + text + "'");
        }
        QualitativeResult r = got >= wanted
                ? QualitativeResult.ACHIEVED
                : got == wanted - 1 ? QualitativeResult.PARTIAL : QualitativeResult.NOT_ACHIEVED;
        return new Reading(
                Kind.RESULT,
                null,
                r,
                "等级“" + text + "”对目标“" + target.raw().strip() + "”按" + r.label() + "计 / grade '" + text
                        + "' against target '" + target.raw().strip() + "' read as " + r.label(),
                null,
                null);
    }

    private static Reading qualitative(TargetValue target, String text) {
        Optional<QualitativeResult> result = QualitativeResult.parse(text);
        if (result.isPresent()) {
            return new Reading(Kind.RESULT, null, result.get(), null, null, null);
        }
        String goal = target.raw().replaceAll("[\\s\\u3000]+", "");
        String got = text.replaceAll("[\\s\\u3000]+", "");
        QualitativeResult r = null;
        if (got.equals(goal)) {
            r = QualitativeResult.ACHIEVED;
        } else if (got.equals("较" + goal)) {
            r = QualitativeResult.PARTIAL;
        } else if (List.of("不", "未", "无").stream().anyMatch(p -> got.equals(p + goal))) {
            r = QualitativeResult.NOT_ACHIEVED;
        }
        if (r == null) {
            return unreadable(
                    "定性指标须填写达成、部分达成或未达成，不能填写“" + text + "”",
                    "a qualitative target takes 达成, 部分达成 or 未达成, not '" + text + "'");
        }
        return new Reading(
                Kind.RESULT,
                null,
                r,
                "“" + text + "”对目标“" + target.raw().strip() + "”按" + r.label() + "计 / '" + text + "' against target '"
                        + target.raw().strip() + "' read as " + r.label(),
                null,
                null);
    }

    private static Reading unitMismatch(String text, String unit, String expected) {
        return unreadable(
                "“" + text + "”的单位“" + unit + "”与目标单位“" + expected + "”不同",
                "'" + text + "' is in '" + unit + "', the target in '" + expected + "'");
    }

    private static Reading unreadable(String zh, String en) {
        return new Reading(Kind.UNREADABLE, null, null, null, zh, en);
    }
}
