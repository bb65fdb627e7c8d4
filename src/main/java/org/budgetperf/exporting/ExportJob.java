package org.budgetperf.exporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One bulk export: what it exports, where it stands, and its file once written. */
@Entity
@Table(name = "export_job")
public class ExportJob {

    /** QUEUED → RUNNING → SUCCEEDED or FAILED → EXPIRED (file deleted after the retention period). */
    public enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED,
        EXPIRED
    }

    @Id
    public UUID id;

    @Column(name = "requested_by", nullable = false, length = 200)
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ExportFormat format;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String filter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public State state;

    @Column(name = "table_count")
    public Integer tableCount;

    @Column(name = "exported_count", nullable = false)
    public int exportedCount;

    @Column(name = "file_size")
    public Long fileSize;

    @Column(name = "failure_reason", length = 1000)
    public String failureReason;

    @Column(nullable = false)
    public int attempts;

    @Column(length = 64)
    public String runner;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
}
