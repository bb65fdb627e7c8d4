package org.budgetperf.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.budget.domain.IndicatorLine;
import org.budgetperf.checks.CheckService;
import org.budgetperf.exchange.selfevaluation.MonitoringForm;
import org.budgetperf.exchange.selfevaluation.MonitoringFormReader;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationFormReader;
import org.budgetperf.exchange.sheet.FindingCodes;
import org.budgetperf.exchange.sheet.FindingSeverity;
import org.budgetperf.exchange.sheet.ImportFinding;
import org.budgetperf.exchange.sheet.LabelText;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.problem.Language;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

/**
 * Turns a filled-in form ({@link EvaluationFormExport} writes them blank) into the JSON request it stands for, so that
 * an upload is scored and recorded exactly as that request would be, with a report naming the cells.
 *
 * <h2>Matching</h2>
 * Row i of the indicator block is indicator i of the approved table, and its 三级 name must be that indicator's name
 * (compared without white space, full-width folded): positions alone would let a shifted row give one indicator's
 * actual to another, names alone would not tell two equal names apart. A row that does not match, a missing row and a
 * row too many are refused (422 {@code FORM_MISMATCH}) naming the cell, because no request can be built from them. The
 * last row of the 自评表 may be its 预算执行率 line, whose 偏差原因 is the reason for execution below 90 %.
 *
 * <h2>What is refused, and what is reported</h2>
 * <ul>
 *   <li>A 年度指标值 or 指标权重 that differs from the approved one: refused when recording (the record would show
 *       targets nobody approved), a WARNING in a preview, which scores the approved target and shows every problem
 *       at once.</li>
 *   <li>A formula in any cell read: refused, because its cached value may be stale or missing and is not what the
 *       department typed; a value the reader could not read (ERROR finding): refused.</li>
 *   <li>A blank amount the request requires: refused naming its cell (blank is not zero).</li>
 *   <li>Whatever the rules refuse names the cell the field came from, instead of the JSON path.</li>
 * </ul>
 */
@ApplicationScoped
public class EvaluationFormUpload {

    private static final Pattern ROW_NUMBER = Pattern.compile("(\\d+)$");

    @Inject
    EvaluationService evaluations;

    @Inject
    CheckService checks;

    /** The request a form stands for, the report, and the cell each request field came from. */
    record Reading<R>(R request, List<ImportFinding> findings, Map<String, String> cells) {

        /** Runs {@code step}, naming cells instead of request fields in what it refuses. */
        <T> T located(Supplier<T> step) {
            try {
                return step.get();
            } catch (ProblemException e) {
                List<Violation> located = e.violations().stream()
                        .map(v -> cells.containsKey(v.field())
                                ? v.at(cells.get(v.field()), "file", Messages.FIELD_MESSAGE.of(v.field(), v.message()))
                                : v)
                        .toList();
                throw new ProblemException(e.code(), e.detail(), located);
            }
        }
    }

    /** A self-evaluation form to record: the rules to run over the stored table, and the report once they ran. */
    public Recorded<EvaluationService.SelfEvaluationRun> selfEvaluation(byte[] file) {
        SelfEvaluationForm form = new SelfEvaluationFormReader().read(new ByteArrayInputStream(file));
        Recorded<EvaluationService.SelfEvaluationRun> recorded = new Recorded<>();
        recorded.rules = subject -> {
            Reading<EvaluationInputs.SelfEvaluation> reading =
                    selfEvaluationRequest(form, evaluations.approved(subject), true);
            recorded.report = new FormImport(reading.findings());
            return reading.located(
                    () -> evaluations.selfEvaluation(reading.request()).apply(subject));
        };
        return recorded;
    }

    /** A self-evaluation form scored without recording. */
    public FormImport.Answer<?> previewSelfEvaluation(UUID budgetId, byte[] file) {
        SelfEvaluationForm form = new SelfEvaluationFormReader().read(new ByteArrayInputStream(file));
        return checks.inspect(budgetId, stored -> {
            CheckService.Subject approved = evaluations.approved(stored);
            Reading<EvaluationInputs.SelfEvaluation> reading = selfEvaluationRequest(form, approved, false);
            return new FormImport.Answer<>(
                    reading.located(() -> evaluations.previewSelfEvaluation(reading.request(), approved)),
                    new FormImport(reading.findings()));
        });
    }

    /** A monitoring form to record. */
    public Recorded<EvaluationService.MonitoringRun> monitoring(byte[] file) {
        MonitoringForm form = new MonitoringFormReader().read(new ByteArrayInputStream(file));
        Recorded<EvaluationService.MonitoringRun> recorded = new Recorded<>();
        recorded.rules = subject -> {
            Reading<EvaluationInputs.MonitoringReport> reading = monitoringRequest(form, evaluations.approved(subject));
            recorded.report = new FormImport(reading.findings());
            return reading.located(
                    () -> evaluations.monitoring(reading.request()).apply(subject));
        };
        return recorded;
    }

    /** The rules of an upload, and its report, filled in when they ran (a refused upload has none to show). */
    public static final class Recorded<O> {
        Function<CheckService.Subject, CheckService.Checked<O>> rules;
        FormImport report;

        public Function<CheckService.Subject, CheckService.Checked<O>> rules() {
            return rules;
        }

        public FormImport report() {
            return report;
        }
    }

    private Reading<EvaluationInputs.SelfEvaluation> selfEvaluationRequest(
            SelfEvaluationForm form, CheckService.Subject subject, boolean recording) {
        Check check = new Check(form.findings());
        List<SelfEvaluationForm.Indicator> rows = new ArrayList<>(form.indicators());
        if (form.budgetExecution() != null) {
            rows.add(form.budgetExecution());
            rows.sort(Comparator.comparingInt(r -> rowNumber(r.location())));
        }
        List<IndicatorLine> approved = subject.table().indicators();
        SelfEvaluationForm.Indicator execution = null;
        if (rows.size() == approved.size() + 1
                && LabelText.normalise(
                                Objects.toString(rows.get(rows.size() - 1).name(), ""))
                        .contains("预算执行率")) {
            execution = rows.remove(rows.size() - 1);
        }
        List<UUID> ids = subject.stored().indicatorIds();
        List<EvaluationInputs.IndicatorActual> actuals = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SelfEvaluationForm.Indicator row = rows.get(i);
            SelfEvaluationForm.Cells at = row.cells();
            if (!check.matches(i, row.name(), row.location(), approved, "actual")) {
                continue;
            }
            IndicatorLine line = approved.get(i);
            check.target(i, line, row.target(), at.target(), recording);
            if (at.weight() != null && !sameWeight(line.weight(), row.weight())) {
                check.changed(
                        FindingCodes.FORM_WEIGHT_CHANGED,
                        at.weight(),
                        recording,
                        "指标权重 " + text(row.weight()) + " differs from the approved " + text(line.weight()) + " of "
                                + Check.name(i, line),
                        Check.nameZh(i, line) + "的指标权重 " + text(row.weight()) + " 与批准的 " + text(line.weight()) + " 不同");
            }
            String path = "actuals[" + i + "]";
            check.cell(path + ".actual", at.actual());
            check.cell(path + ".qualitativeScorePercent", at.percent());
            check.cell(path + ".deviationExplanation", at.deviation());
            check.read(
                    at.actual() != null ? at.actual() : row.location(),
                    Check.name(i, line) + ": 全年完成值 " + quoted(row.actual()) + ", 得分率 " + text(row.qualitativePercent())
                            + ", 偏差原因 " + quoted(row.deviationExplanation()) + " → " + path,
                    Check.nameZh(i, line) + "：全年完成值 " + quoted(row.actual()) + "，得分率 " + text(row.qualitativePercent())
                            + "，偏差原因 " + quoted(row.deviationExplanation()));
            actuals.add(new EvaluationInputs.IndicatorActual(
                    ids.get(i), row.actual(), row.qualitativePercent(), row.deviationExplanation()));
        }
        check.missingRows(
                rows.size(), approved, rows.isEmpty() ? null : last(rows).location());
        BigDecimal adjusted = check.amount(form, SelfEvaluationForm.AmountKind.ANNUAL_BUDGET, "adjustedBudget");
        BigDecimal spent = check.amount(form, SelfEvaluationForm.AmountKind.SPENT, "spent");
        String reason = null;
        if (execution != null) {
            reason = execution.deviationExplanation();
            check.cell("executionShortfallReason", execution.cells().deviation());
        }
        check.refuseIfAny();
        return new Reading<>(
                // No tasks on the form; the weight set is the table framework's default, as for JSON without one.
                new EvaluationInputs.SelfEvaluation(adjusted, spent, AmountUnit.YUAN, reason, actuals, null, null),
                check.findings,
                check.cells);
    }

    private Reading<EvaluationInputs.MonitoringReport> monitoringRequest(
            MonitoringForm form, CheckService.Subject subject) {
        Check check = new Check(form.findings());
        List<IndicatorLine> approved = subject.table().indicators();
        List<UUID> ids = subject.stored().indicatorIds();
        List<EvaluationInputs.IndicatorProgress> progress = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            MonitoringForm.Row row = form.rows().get(i);
            if (!check.matches(i, row.name(), row.location(), approved, "expectedYearEnd")) {
                continue;
            }
            IndicatorLine line = approved.get(i);
            check.target(i, line, row.target(), row.targetAt(), true);
            String path = "indicators[" + i + "]";
            check.cell(path + ".valueToDate", row.valueToDateAt());
            check.cell(path + ".expectedYearEnd", row.expectedYearEndAt());
            check.cell(path + ".cause", row.causeAt());
            check.cell(path + ".measure", row.measureAt());
            check.read(
                    row.expectedYearEndAt() != null ? row.expectedYearEndAt() : row.location(),
                    Check.name(i, line) + ": 截至本月完成值 " + quoted(row.valueToDate()) + ", 预计全年完成值 "
                            + quoted(row.expectedYearEnd()) + " → " + path,
                    Check.nameZh(i, line) + "：截至本月完成值 " + quoted(row.valueToDate()) + "，预计全年完成值 "
                            + quoted(row.expectedYearEnd()));
            progress.add(new EvaluationInputs.IndicatorProgress(
                    ids.get(i), row.valueToDate(), row.expectedYearEnd(), row.cause(), row.measure()));
        }
        check.missingRows(
                form.rows().size(),
                approved,
                form.rows().isEmpty() ? null : last(form.rows()).location());
        if (form.month() == null || form.month() < 1 || form.month() > 12) {
            check.refuse(form.monthLocation(), ViolationCode.OUT_OF_RANGE, Messages.MONTH_OF_FORM.of());
        }
        if (form.spentToDate() == null) {
            check.refuse(form.spentLocation(), ViolationCode.BLANK_CELL, Messages.BLANK_AMOUNT.of("截至本月执行数"));
        }
        check.cell("budget", form.budgetLocation());
        check.cell("spentToDate", form.spentLocation());
        check.refuseIfAny();
        return new Reading<>(
                new EvaluationInputs.MonitoringReport(
                        form.month(), form.budget(), form.spentToDate(), AmountUnit.YUAN, progress, null),
                check.findings,
                check.cells);
    }

    private static <T> T last(List<T> rows) {
        return rows.get(rows.size() - 1);
    }

    static int rowNumber(String location) {
        Matcher m = location == null ? null : ROW_NUMBER.matcher(location);
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static boolean sameWeight(BigDecimal approved, BigDecimal written) {
        return approved == null ? written == null : written != null && approved.compareTo(written) == 0;
    }

    private static String text(BigDecimal n) {
        return n == null ? "（空白）" : n.stripTrailingZeros().toPlainString();
    }

    private static String quoted(String s) {
        return s == null ? "（空白）" : "“" + s + "”";
    }

    /** The report and refusals of one upload being read. */
    private static final class Check {
        final List<ImportFinding> findings;
        final Map<String, String> cells = new HashMap<>();
        final List<Violation> refusals = new ArrayList<>();

        /** Starts from the reader's report; a formula or an unreadable value in it is refused. */
        Check(List<ImportFinding> read) {
            findings = new ArrayList<>(read);
            for (ImportFinding f : read) {
                // A finding's message is written in both languages already ("English / 中文").
                if (f.code().equals(FindingCodes.FORMULA_CACHED_VALUE)
                        || f.code().equals(FindingCodes.FORMULA_WITHOUT_VALUE)) {
                    refuse(
                            f.location(),
                            ViolationCode.FORMULA_IN_CELL,
                            Messages.FORMULA_NOT_ACCEPTED.of(Text.same(f.message())));
                } else if (f.severity() == FindingSeverity.ERROR) {
                    refuse(f.location(), ViolationCode.UNREADABLE_CELL, Text.same(f.message()));
                }
            }
        }

        static Text indicator(int i, IndicatorLine line) {
            return Messages.NUMBERED_INDICATOR.of(i + 1, line.name());
        }

        static String name(int i, IndicatorLine line) {
            return indicator(i, line).in(Language.EN);
        }

        static String nameZh(int i, IndicatorLine line) {
            return indicator(i, line).in(Language.ZH);
        }

        /** Whether row i is indicator i of the approved table, by position and name; refused when not. */
        boolean matches(int i, String name, String location, List<IndicatorLine> approved, String what) {
            if (i >= approved.size()) {
                refuse(
                        location,
                        ViolationCode.FORM_ROW_MISMATCH,
                        Messages.ROW_NOT_AN_INDICATOR.of(name, approved.size()));
                return false;
            }
            IndicatorLine line = approved.get(i);
            if (!folded(name).equals(folded(line.name()))) {
                refuse(
                        location,
                        ViolationCode.FORM_ROW_MISMATCH,
                        Messages.ROW_IS_ANOTHER_INDICATOR.of(i + 1, name, indicator(i, line)));
                return false;
            }
            return true;
        }

        void missingRows(int rows, List<IndicatorLine> approved, String after) {
            if (rows < approved.size()) {
                IndicatorLine line = approved.get(rows);
                refuse(
                        after == null ? "indicators" : after,
                        ViolationCode.FORM_ROW_MISMATCH,
                        Messages.ROW_MISSING.of(indicator(rows, line)));
            }
        }

        void target(int i, IndicatorLine line, String written, String at, boolean recording) {
            if (at != null && !folded(written).equals(folded(line.annualValue()))) {
                changed(
                        FindingCodes.FORM_TARGET_CHANGED,
                        at,
                        recording,
                        "年度指标值 " + quoted(written) + " differs from the approved " + quoted(line.annualValue()) + " of "
                                + name(i, line) + "; the approved target is the one evaluated",
                        nameZh(i, line) + "的年度指标值 " + quoted(written) + " 与批准的 " + quoted(line.annualValue())
                                + " 不同，按批准的目标评价");
            }
        }

        /** A changed approved value: refused when recording, reported in a preview. */
        void changed(String code, String at, boolean recording, String english, String chinese) {
            if (recording) {
                refuse(
                        at,
                        ViolationCode.FORM_VALUE_CHANGED,
                        Messages.CODED_MESSAGE.of(code, Text.of(english, chinese)));
            } else {
                findings.add(new ImportFinding(FindingSeverity.WARNING, code, at, english + " / " + chinese));
            }
        }

        BigDecimal amount(SelfEvaluationForm form, SelfEvaluationForm.AmountKind kind, String field) {
            SelfEvaluationForm.Amount amount = form.amounts().stream()
                    .filter(a -> a.kind() == kind)
                    .findFirst()
                    .orElse(null);
            if (amount == null || amount.yuan() == null) {
                String label = kind == SelfEvaluationForm.AmountKind.SPENT ? "全年执行数" : "全年预算数";
                refuse(
                        amount == null ? "workbook" : amount.location(),
                        ViolationCode.BLANK_CELL,
                        Messages.BLANK_AMOUNT.of(label));
                return null;
            }
            cell(field, amount.location());
            read(amount.location(), amount.label() + " " + amount.yuan().toPlainString() + " 元 → " + field, "已读取");
            return amount.yuan();
        }

        void cell(String field, String location) {
            if (location != null) {
                cells.put(field, location);
            }
        }

        void read(String location, String english, String chinese) {
            findings.add(new ImportFinding(
                    FindingSeverity.INFO, FindingCodes.FORM_VALUE_READ, location, english + " / " + chinese));
        }

        void refuse(String location, ViolationCode code, Text message) {
            refusals.add(Violation.file(location, code, message));
        }

        void refuseIfAny() {
            if (!refusals.isEmpty()) {
                throw new ProblemException(
                        ProblemCode.FORM_MISMATCH, Messages.FORM_CELLS_REFUSED.of(refusals.size()), refusals);
            }
        }

        private static String folded(String s) {
            return s == null ? "" : LabelText.normalise(s);
        }
    }
}
