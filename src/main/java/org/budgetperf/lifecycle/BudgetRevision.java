package org.budgetperf.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An approved revision of a table, frozen as the whole document it was when approved. */
@Entity
@Immutable
@Table(name = "budget_revision")
@IdClass(BudgetRevision.Key.class)
public class BudgetRevision {

    /** Composite key: table and revision number. */
    public record Key(UUID budgetId, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "budget_id")
    public UUID budgetId;

    @Id
    public int number;

    @Column(name = "approved_by", nullable = false, length = 200)
    public String approvedBy;

    @Column(name = "approved_at", nullable = false)
    public OffsetDateTime approvedAt;

    @Column(length = 2000)
    public String comment;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;
}
