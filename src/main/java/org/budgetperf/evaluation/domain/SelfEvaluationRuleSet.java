package org.budgetperf.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.domain.TaskLine;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.budgetperf.budget.indicator.domain.ValueKind;
import org.budgetperf.evaluation.domain.LineBuilder.ScoredLine;

/**
 * Self-evaluation rule set {@value #VERSION} (绩效自评, domain.md §4.4): R-SCO-1 weights, R-SCO-2 预算执行率, R-SCO-3…6
 * indicator scores, R-SCO-7 grade, R-SCO-8 deviation explanations. Table, formulas and decisions: docs/rules.md,
 * section "Monitoring and self-evaluation (R-MON, R-SCO)".
 *
 * <p>Order of work: each indicator is put in a group ({@link ScoringGroup#of}; a 一级 成本指标 under 产出 unless the
 * weights give cost its own weight); each weighted group's weight is shared by its indicators (R-SCO-1); each
 * indicator is scored exactly against its 年度指标值 by its operator (R-SCO-3/4/5) or as qualitative (R-SCO-6);
 * group subtotals and the total are the exact sums, rounded half-up to 2 decimals once; the total is graded
 * (R-SCO-7). Indicators of a group with weight 0 (管理指标 under 2026.1) are listed, not scored.
 *
 * <p>The outcome is always complete: what the rules cannot use is an {@link InvalidInput} and scores what its
 * line says (0, or a band edge), what they require and miss is a {@link MissingExplanation}.
 */
public final class SelfEvaluationRuleSet {

    public static final String VERSION = "2026.2";

    private final IndicatorWeightsRule weightsRule = new IndicatorWeightsRule();
    private final BudgetExecutionRule executionRule = new BudgetExecutionRule();
    private final QualitativeRule qualitativeRule = new QualitativeRule();
    private final DeviationExplanationRule deviationRule = new DeviationExplanationRule();

    /** An indicator placed in its group, before scoring; {@code execution}: it is the R-SCO-2 line. */
    private record Placed(int index, IndicatorLine line, ScoringGroup group, List<String> notes, boolean execution) {}

    /** Scores under bare weights (no named set): the national deduction rule and bands. */
    public SelfEvaluationOutcome run(TargetTable table, SelfEvaluationInput input, ScoringWeights weights) {
        return run(table, input, weights, null);
    }

    /**
     * Scores under a weight set; every weighted line and the 预算执行率 line name it.
     *
     * @throws IllegalArgumentException when the set is "as declared" and the table's weights cannot be taken
     *     ({@link WeightSet#resolve} names why; a service asks it first)
     */
    public SelfEvaluationOutcome run(TargetTable table, SelfEvaluationInput input, WeightSet set) {
        WeightSet.Resolved resolved = set.resolve(table);
        if (resolved.weights() == null) {
            throw new IllegalArgumentException(resolved.problems().get(0).messageEn());
        }
        return run(table, input, resolved.weights(), set);
    }

    private SelfEvaluationOutcome run(
            TargetTable table, SelfEvaluationInput input, ScoringWeights weights, WeightSet set) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(weights, "weights");
        List<MissingExplanation> missing = new ArrayList<>();
        List<InvalidInput> invalid = new ArrayList<>();
        Map<Integer, Integer> positions = Inputs.indicatorPositions(
                table,
                input.actuals().stream().map(IndicatorActual::indicatorIndex).toList(),
                "actuals",
                IndicatorWeightsRule.ID,
                invalid);

        ExecutionDeduction deduction = set == null ? ExecutionDeduction.defaults() : set.execution();
        QualitativeBands bands = set == null ? QualitativeBands.defaults() : set.bands();
        String named = set == null ? "weights " + weights.version() : "weight set " + set.label();
        Optional<Integer> executionIndex = BudgetExecutionIndicator.in(table);
        List<Placed> placed = place(table, weights, executionIndex.orElse(-1), invalid);
        Map<Integer, IndicatorWeightsRule.Assigned> assigned = new LinkedHashMap<>();
        for (ScoringGroup group : ScoringGroup.values()) {
            BigDecimal w = group.weightIn(weights);
            if (w == null || w.signum() == 0) {
                continue;
            }
            List<IndicatorWeightsRule.Member> members = placed.stream()
                    .filter(p -> p.group() == group)
                    .map(p -> new IndicatorWeightsRule.Member(p.index(), givenWeight(p.line())))
                    .toList();
            weightsRule
                    .distribute(w, members)
                    .forEach((index, a) -> assigned.put(
                            index,
                            set == null
                                    ? a
                                    : new IndicatorWeightsRule.Assigned(a.weight(), a.formula() + " — " + named)));
        }

        IndicatorActual typed =
                executionIndex.map(positions::get).map(input.actuals()::get).orElse(null);
        String reason = Figures.isBlank(input.executionShortfallReason()) && typed != null
                ? typed.deviationExplanation()
                : input.executionShortfallReason();
        BudgetExecutionRule.Result execution = executionRule.evaluate(
                input.adjustedBudget(), input.spent(), reason, weights.budgetExecution(), deduction);
        List<String> executionNotes = new ArrayList<>();
        if (set != null) {
            executionNotes.add(
                    named + ": 预算执行率 weight " + Figures.text(weights.budgetExecution()) + ", full marks from "
                            + Figures.text(deduction.fullMarksRate()) + " %, " + Figures.text(deduction.pointsPerStep())
                            + " point(s) off per " + Figures.text(deduction.step()) + " % below");
        }
        executionIndex.ifPresent(i -> {
            String compared = BudgetExecutionIndicator.compare(
                    table.indicators().get(i),
                    typed == null ? null : typed.actual(),
                    execution.score().ratePercent());
            executionNotes.add(Figures.indicatorEn(i, table.indicators().get(i).name())
                    + " is the budget execution rate: scored once here (R-SCO-2), not in its group");
            if (compared != null) {
                executionNotes.add(compared);
            }
        });
        BudgetExecutionScore executionScore = execution.score().with(executionIndex.orElse(null), executionNotes);

        List<ScoredLine> lines = new ArrayList<>();
        for (Placed p : placed) {
            Integer position = positions.get(p.index());
            IndicatorActual actual = position == null ? null : input.actuals().get(position);
            if (p.execution()) {
                lines.add(executionLine(p, actual, executionScore, deduction, named));
                continue;
            }
            lines.add(score(
                    p,
                    assigned.get(p.index()),
                    named,
                    bands,
                    actual,
                    position == null ? -1 : position,
                    missing,
                    invalid));
        }

        // the 预算执行率 line comes after the indicators, as on the form
        missing.addAll(execution.missing());
        invalid.addAll(execution.invalid());

        List<GroupScore> groups = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        Map<ScoringGroup, Ratio> subtotals = new EnumMap<>(ScoringGroup.class);
        for (ScoringGroup group : ScoringGroup.values()) {
            BigDecimal w = group.weightIn(weights);
            List<ScoredLine> in =
                    lines.stream().filter(l -> l.score().group() == group).toList();
            if (w == null || (w.signum() == 0 && in.isEmpty())) {
                continue;
            }
            Ratio sum = in.stream().map(ScoredLine::exactScore).reduce(Ratio.ZERO, Ratio::add);
            subtotals.put(group, sum);
            String note = null;
            if (w.signum() > 0 && in.isEmpty()) {
                unscored.add(group.label());
                note = "没有指标，" + Figures.text(w) + " 分未得 / no indicator: its " + Figures.text(w)
                        + " points are not earned";
            } else if (w.signum() == 0) {
                note = "权重为 0（" + weights.version() + "），指标列出但不计分 / weight 0 in weights " + weights.version()
                        + ": listed, not scored";
            }
            groups.add(new GroupScore(group, group.label(), w, in.size(), Figures.two(sum), sum.text(), note));
        }

        Ratio total = subtotals.values().stream().reduce(Ratio.ZERO, Ratio::add).add(execution.exactScore());
        // indicators in no group score 0 and are already in the invalid list; they add nothing to the total
        BigDecimal shownTotal = Figures.two(total);

        Map<Integer, BigDecimal> spending = Inputs.taskSpending(table, input.tasks(), BudgetExecutionRule.ID, invalid);
        List<TaskSummary> tasks = new ArrayList<>();
        for (int t = 0; t < table.tasks().size(); t++) {
            int taskIndex = t;
            TaskLine task = table.tasks().get(t);
            List<ScoredLine> linked = lines.stream()
                    .filter(l -> l.score().taskIndex() != null && l.score().taskIndex() == taskIndex)
                    .toList();
            BigDecimal spent = spending.get(t);
            BigDecimal rate = spent == null
                            || task.plannedFunds() == null
                            || task.plannedFunds().signum() <= 0
                    ? null
                    : Figures.two(Ratio.of(spent)
                            .divide(Ratio.of(task.plannedFunds()))
                            .multiply(Ratio.HUNDRED));
            tasks.add(new TaskSummary(
                    t,
                    task.name(),
                    task.plannedFunds(),
                    spent,
                    rate,
                    linked.stream().map(ScoredLine::score).toList(),
                    Figures.two(linked.stream()
                            .map(l -> l.exactWeight() == null ? Ratio.ZERO : l.exactWeight())
                            .reduce(Ratio.ZERO, Ratio::add)),
                    Figures.two(linked.stream().map(ScoredLine::exactScore).reduce(Ratio.ZERO, Ratio::add))));
        }

        return new SelfEvaluationOutcome(
                VERSION,
                weights.version(),
                set == null ? null : set.code(),
                lines.stream().map(ScoredLine::score).toList(),
                groups,
                executionScore,
                shownTotal,
                total.text(),
                GradeRule.grade(shownTotal),
                unscored,
                missing,
                invalid,
                tasks);
    }

    private static BigDecimal givenWeight(IndicatorLine line) {
        return line.weight() == null || line.weight().signum() < 0 || !Figures.reasonable(line.weight())
                ? null
                : line.weight();
    }

    /** Every indicator (placeholders left out) with its group. */
    private static List<Placed> place(
            TargetTable table, ScoringWeights weights, int executionIndex, List<InvalidInput> invalid) {
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < table.indicators().size(); i++) {
            IndicatorLine line = table.indicators().get(i);
            if (Inputs.isPlaceholder(line)) {
                continue;
            }
            List<String> notes = new ArrayList<>();
            if (i == executionIndex) {
                placed.add(new Placed(i, line, null, notes, true));
                continue;
            }
            Optional<ScoringGroup> found = ScoringGroup.of(line.level1(), line.level2());
            ScoringGroup group = found.orElse(null);
            if (group != null && ScoringGroup.of(line.level1(), null).isEmpty()) {
                notes.add("一级“" + nullToBlank(line.level1()) + "”未指明分组，按二级“" + line.level2() + "”计入" + group.label()
                        + " / 一级 '" + nullToBlank(line.level1()) + "' names no group; counted under " + group.label()
                        + " by its 二级 '" + line.level2() + "'");
            }
            if (group == ScoringGroup.COST && weights.costCountsAsOutput()) {
                group = ScoringGroup.OUTPUT;
                notes.add("一级成本指标计入产出指标（权重 " + weights.version() + " 未单设成本指标） / 一级 成本指标 counted under 产出指标 "
                        + "(weights " + weights.version() + " give cost no weight of its own)");
            }
            if (group == null) {
                invalid.add(new InvalidInput(
                        IndicatorWeightsRule.ID,
                        "table.indicators[" + i + "].level1",
                        i,
                        line.name(),
                        line.level1(),
                        Figures.indicatorZh(i, line.name()) + "的一级“" + nullToBlank(line.level1()) + "”/二级“"
                                + nullToBlank(line.level2()) + "”不属于任何计分组，不计分。",
                        Figures.indicatorEn(i, line.name()) + ": 一级 '" + nullToBlank(line.level1()) + "' / 二级 '"
                                + nullToBlank(line.level2()) + "' belong to no scoring group; not scored."));
            }
            BigDecimal weight = line.weight();
            if (weight != null && (!Figures.reasonable(weight) || weight.signum() < 0)) {
                // givenWeight() ignores such a weight; say so, naming which fault it has
                boolean outOfRange = !Figures.reasonable(weight);
                invalid.add(new InvalidInput(
                        IndicatorWeightsRule.ID,
                        "table.indicators[" + i + "].weight",
                        i,
                        line.name(),
                        outOfRange ? weight.toString() : weight.toPlainString(),
                        Figures.indicatorZh(i, line.name()) + (outOfRange ? "的权重超出范围，按未填写处理。" : "的权重为负数，按未填写处理。"),
                        Figures.indicatorEn(i, line.name())
                                + (outOfRange ? " has a weight out of range" : " has a negative weight")
                                + "; treated as not given."));
            }
            placed.add(new Placed(i, line, group, notes, false));
        }
        return placed;
    }

    /** The 预算执行率 indicator's line: it earns nothing itself and points to the R-SCO-2 line that scores it. */
    private static ScoredLine executionLine(
            Placed p,
            IndicatorActual actual,
            BudgetExecutionScore execution,
            ExecutionDeduction deduction,
            String named) {
        IndicatorLine line = p.line();
        LineBuilder b = new LineBuilder(
                p.index(),
                line,
                null,
                TargetValueParser.parse(line.annualValue(), line.name()),
                actual == null ? null : actual.actual(),
                null,
                actual == null ? null : actual.deviationExplanation(),
                new ArrayList<>(execution.notes()));
        BigDecimal rate = execution.ratePercent();
        return b.standsFor(
                BudgetExecutionRule.ID + ": the budget execution rate is the 预算执行率 line, weight "
                        + Figures.text(execution.weight()) + " of " + named + "; counted there once, not in a group",
                BudgetExecutionRule.ID + ": scored once from spent / adjusted budget, see budgetExecution: "
                        + execution.score().toPlainString() + " (0 here)",
                rate == null ? null : rate.compareTo(deduction.fullMarksRate()) >= 0);
    }

    private ScoredLine score(
            Placed p,
            IndicatorWeightsRule.Assigned assigned,
            String named,
            QualitativeBands bands,
            IndicatorActual actual,
            int position,
            List<MissingExplanation> missing,
            List<InvalidInput> invalid) {
        IndicatorLine line = p.line();
        int i = p.index();
        String name = line.name();
        TargetValue target = TargetValueParser.parse(line.annualValue(), name);
        List<String> notes = new ArrayList<>(p.notes());
        String given = actual == null ? null : actual.actual();
        BigDecimal givenPercent = actual == null ? null : actual.qualitativeScorePercent();
        String explanation = actual == null ? null : actual.deviationExplanation();
        LineBuilder b = new LineBuilder(i, line, p.group(), target, given, givenPercent, explanation, notes);

        if (p.group() == null) {
            return b.unscored(
                    null,
                    null,
                    IndicatorWeightsRule.ID + ": 一级 '" + nullToBlank(line.level1())
                            + "' belongs to no scoring group → not scored");
        }
        if (assigned == null) {
            return b.unscored(
                    null,
                    null,
                    IndicatorWeightsRule.ID + ": " + p.group().label() + " has weight 0 in " + named + " → not scored");
        }
        Ratio weight = assigned.weight();
        b.weight(weight, assigned.formula());
        String path = position < 0 ? "actuals" : "actuals[" + position + "]";
        if (!target.isQuantitative() && target.kind() != ValueKind.QUALITATIVE && target.kind() != ValueKind.GRADE) {
            invalid.add(new InvalidInput(
                    IndicatorWeightsRule.ID,
                    "table.indicators[" + i + "].annualValue",
                    i,
                    name,
                    line.annualValue(),
                    Figures.indicatorZh(i, name) + "没有可评分的年度指标值（"
                            + (line.annualValue() == null ? "空白" : "“" + line.annualValue() + "”") + "），按 0 分计。",
                    Figures.indicatorEn(i, name) + " has no annual target to score against ("
                            + (line.annualValue() == null ? "blank" : "'" + line.annualValue() + "'")
                            + "); it scores 0."));
            return b.zero(null, "no target to score against → 0 = 0.00");
        }
        ActualReading.Reading reading = ActualReading.read(target, given, name);
        if (reading.note() != null) {
            notes.add(reading.note());
        }
        if (actual == null || reading.kind() == ActualReading.Kind.MISSING) {
            invalid.add(new InvalidInput(
                    IndicatorWeightsRule.ID,
                    actual == null ? path : path + ".actual",
                    i,
                    name,
                    null,
                    Figures.indicatorZh(i, name) + "没有填写全年完成值，按 0 分计。",
                    Figures.indicatorEn(i, name) + " has no actual value; it scores 0."));
            return b.zero(null, "no actual value → 0 = 0.00");
        }
        if (reading.kind() == ActualReading.Kind.UNREADABLE) {
            invalid.add(new InvalidInput(
                    IndicatorWeightsRule.ID,
                    path + ".actual",
                    i,
                    name,
                    given,
                    Figures.indicatorZh(i, name) + "的全年完成值" + reading.problemZh() + "，按 0 分计。",
                    Figures.indicatorEn(i, name) + ": actual value " + reading.problemEn() + "; it scores 0."));
            return b.zero(null, "actual value not usable → 0 = 0.00");
        }
        Optional<DeviationExplanationRule.Why> why;
        ScoredLine result;
        if (reading.kind() == ActualReading.Kind.NUMBER) {
            QuantitativeRule rule = QuantitativeRule.forOperator(target.operator());
            Ratio t = Ratio.of(target.number());
            Ratio a = Ratio.of(reading.number());
            boolean met = rule.met(t, a);
            result = b.scored(rule.id(), rule.formula(weight, t, a), weight.multiply(rule.fraction(t, a)), met, null);
            why = deviationRule.quantitative(target.operator(), met, t, a);
        } else {
            QualitativeResult r = reading.result();
            QualitativeRule.Result q = qualitativeRule.score(weight, r, givenPercent, bands);
            if (q.problem() != null) {
                invalid.add(qualitativeRule.problem(q, path, i, name, r, givenPercent, bands));
            }
            result = b.scored(QualitativeRule.ID, q.formula(), q.score(), r == QualitativeResult.ACHIEVED, r);
            why = deviationRule.qualitative(r);
        }
        if (why.isPresent() && Figures.isBlank(explanation)) {
            missing.add(new MissingExplanation(
                    DeviationExplanationRule.ID,
                    path + ".deviationExplanation",
                    i,
                    name,
                    Figures.indicatorZh(i, name) + "：" + why.get().zh() + "，须填写偏差原因分析及改进措施。",
                    Figures.indicatorEn(i, name) + ": " + why.get().en() + "; a deviation explanation is required."));
        }
        return result;
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s.strip();
    }
}
