package org.budgetperf.budget.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.budgetperf.budget.TableRow;

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
}
