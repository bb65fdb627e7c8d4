package org.budgetperf.exchange.selfevaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.evaluation.domain.IndicatorActual;
import org.budgetperf.evaluation.domain.ScoringGroup;
import org.budgetperf.evaluation.domain.ScoringWeights;
import org.budgetperf.evaluation.domain.SelfEvaluationInput;
import org.budgetperf.exchange.sheet.HtmlText;
import org.budgetperf.exchange.sheet.ImportFinding;

/**
 * A filled-in 项目支出绩效自评表 (project self-evaluation form, e.g. 渝中区就业补助资金 2021) as read by
 * {@link SelfEvaluationFormReader}: what the form says, kept as written, plus the import report. From it a service
 * can create the indicators of a table ({@link #indicatorLines()}, {@link #toTargetTable()}) and the self-evaluation
 * input ({@link #toSelfEvaluationInput()}).
 *
 * @param title the form's title, e.g. {@code 2021年度项目支出绩效自评表}
 * @param fiscalYear the year in the title, null when none
 * @param projectName 项目名称
 * @param implementingUnit 项目实施单位
 * @param competentDepartment 项目主管部门
 * @param contact 项目联系人
 * @param amounts the budget block as on the form (年初预算数, 全年预算数, 全年执行数), in 元
 * @param annualGoal 全年绩效目标
 * @param goalAchievement 全年目标实际完成情况
 * @param indicators the indicator rows in form order, without the 预算执行率 row
 * @param budgetExecution the 预算执行率 row (its weight and stated rate), null when the form has none
 * @param explanation the 说明 text, null when blank or only the template's instruction
 * @param findings what the reader interpreted, with cell locations
 */
public record SelfEvaluationForm(
        String title,
        Integer fiscalYear,
        String projectName,
        String implementingUnit,
        String competentDepartment,
        String contact,
        List<Amount> amounts,
        String annualGoal,
        String goalAchievement,
        List<Indicator> indicators,
        Indicator budgetExecution,
        String explanation,
        List<ImportFinding> findings) {

    /** The amounts a self-evaluation form states. */
    public enum AmountKind {
        /** 年初预算数. */
        INITIAL_BUDGET,
        /** 全年预算数: 上年结转 + 年初预算 + 本年追加追减 (the adjusted budget execution is measured against). */
        ANNUAL_BUDGET,
        /** 全年执行数. */
        SPENT
    }

    /**
     * One amount of the budget block.
     *
     * @param kind what it is
     * @param label the caption as printed
     * @param yuan exact 元; null when the cell is blank
     * @param location the value's cell
     */
    public record Amount(AmountKind kind, String label, BigDecimal yuan, String location) {}

    /**
     * One indicator row, as written.
     *
     * @param level1 一级 (指标类型 on the Yuzhong form: 产出类指标 …); when the form wrote a 二级 name there
     *     (数量指标), the 一级 it belongs to (产出指标)
     * @param level2 二级 when the form has the column or wrote a 二级 name as type; else null
     * @param name 三级 / 指标名称, line breaks removed
     * @param nature 指标性质 as written (≥, =, 无), null when the form has no such column
     * @param value 指标值 as written
     * @param unit 计量单位 as written (无 kept)
     * @param target the 年度指标值 put together as the grammar of domain.md §3 reads it: operator + value + unit,
     *     e.g. {@code ≥95%}, {@code ≥39500人}, {@code =100%}, {@code 合规}; null when the value is blank
     * @param weight 指标权重; null when blank
     * @param actualAsWritten 全年完成值 as the sheet shows it (a percent-formatted 0.88 shows as 88%)
     * @param actual the actual value with the unit added to a bare number ({@code 49358人}, {@code 100%})
     * @param standard 评价标准
     * @param statedScore 得分 when the form has the column and it is filled; not used for scoring
     * @param deviationExplanation 偏差原因分析及改进措施 when the form has the column
     * @param location the cell of the name, e.g. {@code B11}
     * @param qualitativePercent 得分率（%）, the evaluator's score of a qualitative indicator, when the form has the
     *     column and it is filled; null otherwise
     * @param cells where the other values of the row are, for reports that name a cell
     */
    public record Indicator(
            String level1,
            String level2,
            String name,
            String nature,
            String value,
            String unit,
            String target,
            BigDecimal weight,
            String actualAsWritten,
            String actual,
            String standard,
            BigDecimal statedScore,
            String deviationExplanation,
            String location,
            BigDecimal qualitativePercent,
            Cells cells) {}

    /**
     * The cells of one indicator row (null for a column the form does not have), so that what is read from them and
     * what is wrong with them can be reported where a person finds it.
     */
    public record Cells(String target, String weight, String actual, String percent, String deviation) {}

    public SelfEvaluationForm {
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The amount of a kind, null when the form does not state it or leaves it blank. */
    public BigDecimal amount(AmountKind kind) {
        return amounts.stream()
                .filter(a -> a.kind() == kind)
                .map(Amount::yuan)
                .findFirst()
                .orElse(null);
    }

    /** 全年预算数, the budget 预算执行率 is measured against. */
    public BigDecimal adjustedBudget() {
        return amount(AmountKind.ANNUAL_BUDGET);
    }

    /** 全年执行数. */
    public BigDecimal spent() {
        return amount(AmountKind.SPENT);
    }

    /** The findings with the given code, in file order. */
    public List<ImportFinding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The indicators as rows of a table (年度指标值 = {@link Indicator#target()}, weights as given). */
    public List<IndicatorLine> indicatorLines() {
        return indicators.stream()
                .map(i -> new IndicatorLine(i.level1(), i.level2(), i.name(), null, i.target(), i.weight(), null))
                .toList();
    }

    /**
     * A table holding the form's indicators, for the scoring rules: the implementing unit as department, the
     * year, the goal as one paragraph; no amounts or tasks (a project form states neither).
     */
    public TargetTable toTargetTable() {
        String goal = annualGoal == null ? null : "<p>" + HtmlText.escape(annualGoal) + "</p>";
        return new TargetTable(
                implementingUnit != null ? implementingUnit : competentDepartment,
                fiscalYear,
                null,
                null,
                null,
                null,
                BudgetAmounts.blank(),
                goal,
                List.of(),
                indicatorLines());
    }

    /**
     * The self-evaluation as the form fills it in: 全年预算数 and 全年执行数, the actual value and deviation
     * explanation of each indicator (index i = {@code indicators().get(i)}). The form carries no evaluator's
     * percentage for qualitative indicators, so those are null (R-SCO-6 will ask for them); the reason for low
     * execution is the 预算执行率 row's deviation explanation, when the form has that column.
     */
    public SelfEvaluationInput toSelfEvaluationInput() {
        List<IndicatorActual> actuals = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            actuals.add(new IndicatorActual(i, indicator.actual(), null, indicator.deviationExplanation()));
        }
        return new SelfEvaluationInput(
                adjustedBudget(),
                spent(),
                budgetExecution == null ? null : budgetExecution.deviationExplanation(),
                actuals);
    }

    /**
     * The weights the form itself declares: the sum of its indicator weights per group and the 预算执行率 row's
     * weight (Yuzhong 2021: 产出 40, 效益 15, 满意度 15, 管理 22, 预算执行率 8). Empty when a weight is missing, an
     * indicator belongs to no group, or they do not make 100.
     *
     * @param version recorded with the outcome, e.g. {@code yuzhong-2021-form}
     */
    public Optional<ScoringWeights> declaredWeights(String version) {
        Map<ScoringGroup, BigDecimal> sums = new EnumMap<>(ScoringGroup.class);
        for (Indicator i : indicators) {
            Optional<ScoringGroup> group = ScoringGroup.of(i.level1(), i.level2());
            if (i.weight() == null || group.isEmpty()) {
                return Optional.empty();
            }
            sums.merge(group.get(), i.weight(), BigDecimal::add);
        }
        BigDecimal execution = budgetExecution == null ? BigDecimal.ZERO : budgetExecution.weight();
        if (execution == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ScoringWeights.declared(sums, execution, version));
        } catch (IllegalArgumentException notAHundred) {
            return Optional.empty();
        }
    }
}
