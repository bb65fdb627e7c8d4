--liquibase formatted sql

--changeset perf-targets:2026-11-25-03-audit
-- Every change to a department, budget, task or indicator: who, when, what, before and after.
-- No foreign keys: the history of a deleted table must survive it.
CREATE TABLE audit_record (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_type    VARCHAR(20)  NOT NULL CHECK (entity_type IN ('DEPARTMENT', 'BUDGET', 'TASK', 'INDICATOR')),
    entity_id      UUID         NOT NULL,
    budget_id      UUID,
    department_id  UUID,
    operation      VARCHAR(20)  NOT NULL CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE')),
    actor          VARCHAR(200) NOT NULL,
    request_id     VARCHAR(64),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    before_state   JSONB,
    after_state    JSONB
);
CREATE INDEX ix_audit_budget ON audit_record (budget_id, id DESC);
CREATE INDEX ix_audit_department ON audit_record (department_id, id DESC);

--changeset perf-targets:2026-11-25-03-audit-append-only splitStatements:false
-- The trail is append-only, also for anyone with SQL access through the application's account.
CREATE FUNCTION audit_record_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER tr_audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();

--changeset perf-targets:2026-11-25-03-idempotency
-- Responses remembered for POST requests sent with an Idempotency-Key, per caller.
CREATE TABLE idempotency_record (
    caller         VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash   VARCHAR(64)  NOT NULL,
    state          VARCHAR(20)  NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    status_code    INTEGER,
    location       VARCHAR(2000),
    etag           VARCHAR(100),
    body           TEXT,
    created_at     TIMESTAMPTZ  NOT NULL,
    expires_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX ix_idempotency_expiry ON idempotency_record (expires_at);
