package org.budgetperf.checks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A recorded run of a rule set over one version of a table. Never changed once written (the table
 * refuses updates and deletes), so a result can always be explained later by its rule-set version.
 */
@Entity
@Immutable
@Table(name = "check_run")
public class CheckRun {

    /** Which rule set ran. */
    public enum Kind {
        RECONCILIATION,
        REVIEW,
        MONITORING,
        SELF_EVALUATION;

        /**
         * Monitoring reports and self-evaluations are the department's account of its approved table: they attach
         * to the approved revision and only its editors record them. Checks concern the working copy.
         */
        public boolean isEvaluation() {
            return this == MONITORING || this == SELF_EVALUATION;
        }
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Column(name = "budget_version", nullable = false)
    public long budgetVersion;

    @Column(name = "rule_set_version", nullable = false, length = 20)
    public String ruleSetVersion;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** The month a monitoring report covers; null for other kinds. */
    public Integer month;

    /** The approved revision an evaluation was made against; null for checks of the working copy. */
    public Integer revision;

    /** The overall status (reconciliation), SUBMITTABLE / NOT_SUBMITTABLE (review), the execution light
     * (monitoring) or the grade (self-evaluation). */
    @Column(nullable = false, length = 30)
    public String outcome;

    /** Failed checks of severity ERROR; typed so that queues count them without reading the JSON. */
    @Column(name = "error_count", nullable = false)
    public int errorCount;

    /** Failed checks of severity WARNING. */
    @Column(name = "warning_count", nullable = false)
    public int warningCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String result;
}
