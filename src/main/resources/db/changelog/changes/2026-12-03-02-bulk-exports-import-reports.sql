--liquibase formatted sql

--changeset perf-targets:2026-12-03-02-bulk-exports
-- Bulk exports run as background jobs: the job's state lives here, its file on disk (perf.exports.directory; the
-- row names it). The filter is stored as the caller's scope resolved at request time (department codes an editor
-- may export), so the job never needs the caller's token. runner and heartbeat_at let a job interrupted by a
-- restart be found (RUNNING without a recent heartbeat) and queued again; attempts bounds how often.
CREATE TABLE export_job (
    id             UUID         PRIMARY KEY,
    requested_by   VARCHAR(200) NOT NULL,
    format         VARCHAR(16)  NOT NULL,
    filter         JSONB        NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    table_count    INTEGER,
    exported_count INTEGER      NOT NULL DEFAULT 0,
    file_size      BIGINT,
    failure_reason VARCHAR(1000),
    attempts       INTEGER      NOT NULL DEFAULT 0,
    runner         VARCHAR(64),
    heartbeat_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ  NOT NULL,
    started_at     TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ,
    expires_at     TIMESTAMPTZ,
    CONSTRAINT ck_export_job_state CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'EXPIRED'))
);
CREATE INDEX ix_export_job_state ON export_job (state);
CREATE INDEX ix_export_job_requested_by ON export_job (requested_by, created_at DESC);
--rollback DROP TABLE export_job;

--changeset perf-targets:2026-12-03-02-import-reports
-- The report of every stored import, retrievable later by its id. The department is kept by id and code so the
-- report stays readable (to those who may see that department) after its table is replaced or deleted.
CREATE TABLE import_report (
    id              UUID         PRIMARY KEY,
    budget_id       UUID         NOT NULL,
    department_id   UUID         NOT NULL,
    department_code VARCHAR(64)  NOT NULL,
    imported_by     VARCHAR(200) NOT NULL,
    imported_at     TIMESTAMPTZ  NOT NULL,
    report          JSONB        NOT NULL
);
CREATE INDEX ix_import_report_budget ON import_report (budget_id);
--rollback DROP TABLE import_report;
