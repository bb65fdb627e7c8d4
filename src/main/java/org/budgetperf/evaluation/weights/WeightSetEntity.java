package org.budgetperf.evaluation.weights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One stored version of a weight set. Rows are only ever inserted (the database refuses updates and deletes), so a
 * recorded self-evaluation's {@code code@version} always means the same weights; {@code seq} orders the versions.
 * The set itself is kept as written, a {@link WeightSetInput} in JSON: it is read whole, never queried by its parts.
 */
@Entity
@Table(name = "scoring_weight_set")
public class WeightSetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, length = 64)
    public String code;

    @Column(nullable = false, length = 32)
    public String version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String definition;

    @Column(name = "built_in", nullable = false)
    public boolean builtIn;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;
}
