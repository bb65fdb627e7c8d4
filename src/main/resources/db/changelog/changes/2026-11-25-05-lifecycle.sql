--liquibase formatted sql

--changeset perf-targets:2026-11-25-05-lifecycle
-- approved_revision: how many revisions of the table have been approved (0 = never approved).
ALTER TABLE budget ADD COLUMN approved_revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE budget ADD COLUMN submitted_at TIMESTAMPTZ;
CREATE INDEX ix_budget_queue ON budget (status, submitted_at, id);

-- Each approved revision, frozen exactly as approved.
CREATE TABLE budget_revision (
    budget_id     UUID         NOT NULL,
    number        INTEGER      NOT NULL,
    approved_by   VARCHAR(200) NOT NULL,
    approved_at   TIMESTAMPTZ  NOT NULL,
    comment       VARCHAR(2000),
    document      JSONB        NOT NULL,
    PRIMARY KEY (budget_id, number)
);

-- Lifecycle transitions, in order: the durable feed integrators read instead of polling.
CREATE TABLE budget_event (
    seq                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type                   VARCHAR(20)  NOT NULL CHECK (type IN ('SUBMITTED', 'RETURNED', 'APPROVED', 'ADJUSTING')),
    budget_id              UUID         NOT NULL,
    department_id          UUID         NOT NULL,
    department_code        VARCHAR(64)  NOT NULL,
    fiscal_year            INTEGER      NOT NULL,
    from_status            VARCHAR(20)  NOT NULL,
    to_status              VARCHAR(20)  NOT NULL,
    revision               INTEGER      NOT NULL,
    actor                  VARCHAR(200) NOT NULL,
    comment                VARCHAR(2000),
    review_run_id          UUID,
    reconciliation_run_id  UUID,
    occurred_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ix_budget_event_budget ON budget_event (budget_id, seq);

ALTER TABLE audit_record DROP CONSTRAINT audit_record_operation_check;
ALTER TABLE audit_record ADD CONSTRAINT audit_record_operation_check
    CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE', 'SUBMIT', 'RETURN', 'APPROVE', 'ADJUST'));

--changeset perf-targets:2026-11-25-05-lifecycle-append-only
CREATE TRIGGER tr_budget_revision_append_only BEFORE UPDATE OR DELETE ON budget_revision
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
CREATE TRIGGER tr_budget_event_append_only BEFORE UPDATE OR DELETE ON budget_event
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
