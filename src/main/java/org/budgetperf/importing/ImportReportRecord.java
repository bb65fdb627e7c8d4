package org.budgetperf.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The report of a stored import, kept as answered, with the department that decides who may read it. */
@Entity
@Immutable
@Table(name = "import_report")
public class ImportReportRecord {

    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(name = "department_code", nullable = false, length = 64)
    public String departmentCode;

    @Column(name = "imported_by", nullable = false, length = 200)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String report;
}
