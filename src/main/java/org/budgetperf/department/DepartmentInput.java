package org.budgetperf.department;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a client may set on a department. Ids, versions and timestamps are the service's: sending them
 * is an unknown-property error, never a silent assignment. The pattern's {@code message} names its text in the
 * message catalogue ({@code shared.problem.Messages}).
 */
public record DepartmentInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "DEPARTMENT_CODE_FORMAT")
        String code,

        @NotBlank @Size(max = 200) String name,
        @PositiveOrZero @Max(10_000_000) Integer staffCount,
        @PositiveOrZero @Max(100_000) Integer subordinateUnitCount) {}
