package org.budgetperf.department;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A department as the API returns it. */
public record DepartmentView(
        UUID id,
        String code,
        String name,
        Integer staffCount,
        Integer subordinateUnitCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static DepartmentView of(Department d) {
        return new DepartmentView(d.id, d.code, d.name, d.staffCount, d.subordinateUnitCount, d.createdAt, d.updatedAt);
    }

    /** The input that would recreate this department; the base a merge patch is applied to. */
    DepartmentInput toInput() {
        return new DepartmentInput(code, name, staffCount, subordinateUnitCount);
    }
}
