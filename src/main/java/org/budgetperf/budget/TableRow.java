package org.budgetperf.budget;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.budgetperf.shared.TrackedEntity;

/**
 * A row of one of a table's blocks (a task, an indicator). It points at its table by id rather than by association,
 * so reading a whole block is one query, never one per row; its position orders it within its block.
 */
@MappedSuperclass
public abstract class TableRow extends TrackedEntity {

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Column(nullable = false)
    public int position;
}
