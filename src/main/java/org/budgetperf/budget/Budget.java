package org.budgetperf.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.budgetperf.budget.domain.BudgetAmounts;
import org.budgetperf.department.Department;
import org.budgetperf.shared.TrackedEntity;

/**
 * One department's 部门整体预算绩效目标表 for one fiscal year: the header, the money block and the
 * overall goal. Tasks and indicators are rows of their own that point here.
 *
 * <p>The version is raised whenever a task or indicator of the table changes too, so the table's ETag
 * always identifies one exact content of the whole form.
 */
@Entity
@Table(name = "budget")
public class Budget extends TrackedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    public Department department;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "period_start_year")
    public Integer periodStartYear;

    @Column(name = "period_end_year")
    public Integer periodEndYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public BudgetStatus status;

    @Column(name = "framework_code", nullable = false, length = 64)
    public String frameworkCode;

    @Column(name = "staff_count")
    public Integer staffCount;

    @Column(name = "subordinate_unit_count")
    public Integer subordinateUnitCount;

    @Column(name = "basic_expenditure", precision = 18, scale = 2)
    public BigDecimal basicExpenditure;

    @Column(name = "project_expenditure", precision = 18, scale = 2)
    public BigDecimal projectExpenditure;

    @Column(name = "fiscal_appropriation", precision = 18, scale = 2)
    public BigDecimal fiscalAppropriation;

    @Column(name = "other_funds", precision = 18, scale = 2)
    public BigDecimal otherFunds;

    @Column(name = "special_funds", precision = 18, scale = 2)
    public BigDecimal specialFunds;

    @Column(name = "other_development_expenditure", precision = 18, scale = 2)
    public BigDecimal otherDevelopmentExpenditure;

    @Column(name = "city_level_funds", precision = 18, scale = 2)
    public BigDecimal cityLevelFunds;

    @Column(name = "transfer_payment_funds", precision = 18, scale = 2)
    public BigDecimal transferPaymentFunds;

    @Column(name = "overall_goal_html", columnDefinition = "text")
    public String overallGoalHtml;

    /** How many revisions have been approved; the working copy is revision {@code approvedRevision + 1}. */
    @Column(name = "approved_revision", nullable = false)
    public int approvedRevision;

    /** When the table was last submitted for review; orders the finance bureau's work queue. */
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    public BudgetAmounts amounts() {
        return new BudgetAmounts(
                basicExpenditure,
                projectExpenditure,
                fiscalAppropriation,
                otherFunds,
                specialFunds,
                otherDevelopmentExpenditure,
                cityLevelFunds,
                transferPaymentFunds);
    }

    public void setAmounts(BudgetAmounts a) {
        basicExpenditure = a.basicExpenditure();
        projectExpenditure = a.projectExpenditure();
        fiscalAppropriation = a.fiscalAppropriation();
        otherFunds = a.otherFunds();
        specialFunds = a.specialFunds();
        otherDevelopmentExpenditure = a.otherDevelopmentExpenditure();
        cityLevelFunds = a.cityLevelFunds();
        transferPaymentFunds = a.transferPaymentFunds();
    }
}
