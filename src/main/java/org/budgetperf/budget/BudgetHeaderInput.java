package org.budgetperf.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.budget.indicator.FrameworkCatalog;
import org.budgetperf.shared.money.AmountUnit;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

/**
 * The header of a table as a client writes it: years, framework, counts, the eight amounts in a stated unit and the
 * overall goal. Declared once, with its limits, for creating a table ({@link BudgetCreate}), replacing its header
 * ({@link BudgetUpdate}) and checking a table that is not stored ({@link TableDocument}).
 *
 * <p>A class whose fields the requests inherit rather than a record they nest: Jackson's {@code @JsonUnwrapped} would
 * silently accept unknown properties, and Bean Validation would report {@code header.fiscalYear}. Inherited fields
 * stay top-level properties of the JSON body and of every violation.
 */
public abstract class BudgetHeaderInput {

    /** Required for a stored table ({@link BudgetCreate}, {@link BudgetUpdate}), not for a live check. */
    @Min(2000)
    @Max(2100)
    public Integer fiscalYear;

    @Min(2000)
    @Max(2100)
    public Integer periodStartYear;

    @Min(2000)
    @Max(2100)
    public Integer periodEndYear;

    /** The indicator framework; the default one when omitted. */
    @Size(max = 64)
    public String frameworkCode;

    @PositiveOrZero
    @Max(10_000_000)
    public Integer staffCount;

    @PositiveOrZero
    @Max(100_000)
    public Integer subordinateUnitCount;

    /** The unit of {@code amounts}; 元 when omitted. */
    public AmountUnit amountUnit;

    public BudgetAmounts amounts;

    /** The overall goal as HTML; sanitised before it is stored or checked. */
    @Size(max = 100_000)
    public String overallGoal;

    /**
     * Sets the header of {@code budget} from this validated input, amounts converted exactly into 元. What cannot be
     * stored (reversed period, unknown framework, amounts finer than 1 分) is added to {@code violations}.
     */
    void applyTo(Budget budget, FrameworkCatalog frameworks, List<Violation> violations) {
        budget.fiscalYear = fiscalYear;
        budget.periodStartYear = periodStartYear;
        budget.periodEndYear = periodEndYear;
        if (periodStartYear != null && periodEndYear != null && periodStartYear > periodEndYear) {
            violations.add(
                    Violation.body("periodEndYear", ViolationCode.INCONSISTENT, Messages.PERIOD_END_BEFORE_START.of()));
        }
        String framework = frameworkCode == null ? FrameworkCatalog.DEFAULT_CODE : frameworkCode;
        if (frameworks.find(framework).isEmpty()) {
            violations.add(Violation.body(
                    "frameworkCode", ViolationCode.UNKNOWN_REFERENCE, Messages.UNKNOWN_FRAMEWORK.of(framework)));
        }
        budget.frameworkCode = framework;
        budget.staffCount = staffCount;
        budget.subordinateUnitCount = subordinateUnitCount;
        budget.setAmounts(TableAmounts.toYuan(amounts, amountUnit, violations));
        budget.overallGoalHtml = OverallGoalHtml.sanitise(overallGoal);
    }

    /** Sets this input to the header of a stored table, its amounts expressed in {@code unit}. */
    void readFrom(Budget b, AmountUnit unit) {
        fiscalYear = b.fiscalYear;
        periodStartYear = b.periodStartYear;
        periodEndYear = b.periodEndYear;
        frameworkCode = b.frameworkCode;
        staffCount = b.staffCount;
        subordinateUnitCount = b.subordinateUnitCount;
        amountUnit = unit;
        amounts = TableAmounts.expressedIn(b.amounts(), unit);
        overallGoal = b.overallGoalHtml;
    }
}
