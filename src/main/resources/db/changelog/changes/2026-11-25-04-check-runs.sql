--liquibase formatted sql

--changeset perf-targets:2026-11-25-04-check-runs
-- Recorded reconciliation and review runs: against which version of which table, by whom, when,
-- under which rule-set version, with every rule's result. No foreign key: runs outlive their table.
CREATE TABLE check_run (
    id               UUID         PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL CHECK (kind IN ('RECONCILIATION', 'REVIEW')),
    budget_id        UUID         NOT NULL,
    budget_version   BIGINT       NOT NULL,
    rule_set_version VARCHAR(20)  NOT NULL,
    actor            VARCHAR(200) NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    outcome          VARCHAR(30)  NOT NULL,
    result           JSONB        NOT NULL
);
CREATE INDEX ix_check_run_budget ON check_run (budget_id, kind, recorded_at DESC, id DESC);

--changeset perf-targets:2026-11-25-04-check-runs-append-only
CREATE TRIGGER tr_check_run_append_only BEFORE UPDATE OR DELETE ON check_run
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
