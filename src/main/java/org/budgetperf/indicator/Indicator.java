package org.budgetperf.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.budgetperf.shared.web.Timestamps;

/**
 * A 三级 performance indicator. Target values are stored exactly as written; their parsed form is
 * derived on every read, so an improved parser never leaves stale interpretations behind.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Column(nullable = false)
    public int position;

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

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = Timestamps.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Timestamps.now();
    }
}
