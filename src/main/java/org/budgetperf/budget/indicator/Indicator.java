package org.budgetperf.budget.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.budgetperf.budget.TableRow;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.budgetperf.budget.indicator.domain.ValueBasis;

/**
 * A 三级 performance indicator. Target values are stored exactly as written; their parsed form is
 * derived on every read, so an improved parser never leaves stale interpretations behind.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends TableRow {

    @Column(nullable = false, length = 100)
    public String level1;

    @Column(nullable = false, length = 100)
    public String level2;

    @Column(nullable = false, length = 500)
    public String name;

    /** 实施周期指标值 as written; null when blank. */
    @Column(name = "period_value", length = 2000)
    public String periodValue;

    /** 年度指标值 as written; null when blank. */
    @Column(name = "annual_value", length = 2000)
    public String annualValue;

    @Column(precision = 9, scale = 4)
    public BigDecimal weight;

    /** The task this indicator measures, if any (same budget). */
    @Column(name = "task_id")
    public UUID taskId;

    /** 指标值确定依据; null when not stated. */
    @Enumerated(EnumType.STRING)
    @Column(name = "value_basis", length = 20)
    public ValueBasis valueBasis;

    /** What the basis is, in words (the plan, the standard, the years compared); null when not stated. */
    @Column(name = "value_basis_note", length = 2000)
    public String valueBasisNote;

    /** The 年度指标值's kind as parsed ({@code ValueKind}); derived, for the library's filters. */
    @Column(name = "annual_kind", length = 20)
    public String annualKind;

    /** The 年度指标值's operator symbol as parsed; null unless quantitative. */
    @Column(name = "annual_operator", length = 2)
    public String annualOperator;

    /** The 年度指标值's unit as parsed; null when none. */
    @Column(name = "annual_unit", length = 100)
    public String annualUnit;

    /** The indicator of the department's previous table this one was carried over from; null when none. */
    @Column(name = "predecessor_id")
    public UUID predecessorId;

    /** Keeps the parsed columns in step with the 年度指标值 as written, on every insert and update. */
    @PrePersist
    @PreUpdate
    void parseAnnualValue() {
        TargetValue parsed = TargetValueParser.parse(annualValue, name);
        annualKind = parsed.kind().name();
        annualOperator = parsed.operator() == null ? null : parsed.operator().symbol();
        annualUnit = parsed.unit() == null || parsed.unit().length() > 100 ? null : parsed.unit();
    }
}
