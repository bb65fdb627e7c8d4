--liquibase formatted sql

--changeset perf-targets:2026-12-10-01-change-feed
-- The change feed (GET /api/v1/events, webhooks): one row per state change, written by the transaction that made the
-- change (transactional outbox). seq is assigned when that transaction commits, under the row lock of event_counter
-- (shared/events/EventOutbox): the writers of events take turns on that one row from their last statement to their
-- commit, so seq order is commit order and a rolled-back transaction gives its numbers back. A reader who has seen seq
-- n has therefore seen every event up to n, now and later: the feed has no gaps and nothing appears behind a reader.
CREATE TABLE event_counter (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    -- the last seq assigned (and committed: it is written in the same transaction as the events it numbers)
    last_seq        BIGINT  NOT NULL,
    -- every event up to this seq has been purged (retention, perf.events.retention)
    purged_through  BIGINT  NOT NULL DEFAULT 0
);

CREATE TABLE change_event (
    seq              BIGINT       PRIMARY KEY,
    id               UUID         NOT NULL UNIQUE,
    type             VARCHAR(100) NOT NULL,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    actor            VARCHAR(200) NOT NULL,
    request_id       VARCHAR(64),
    -- what changed: its kind (department, budget, task, …), its id and the path of its own URL
    resource_type    VARCHAR(40)  NOT NULL,
    resource_id      VARCHAR(200) NOT NULL,
    self_link        VARCHAR(500) NOT NULL,
    budget_id        UUID,
    department_id    UUID,
    department_code  VARCHAR(64),
    fiscal_year      INTEGER,
    -- the table's version (its ETag's number) once the change was committed; null when the table is gone or none
    table_version    BIGINT,
    data             JSONB        NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX ix_change_event_department ON change_event (department_id, seq);
CREATE INDEX ix_change_event_department_code ON change_event (department_code, seq);
CREATE INDEX ix_change_event_type ON change_event (type, seq);
CREATE INDEX ix_change_event_budget ON change_event (budget_id, seq);

-- The four lifecycle transitions the feed carried so far keep their seq, so a reader's cursor stays valid.
INSERT INTO change_event (seq, id, type, occurred_at, actor, resource_type, resource_id, self_link, budget_id,
                          department_id, department_code, fiscal_year, table_version, data)
SELECT seq, gen_random_uuid(), 'budget.' || lower(type), occurred_at, actor, 'budget', budget_id::text,
       '/api/v1/budgets/' || budget_id, budget_id, department_id, department_code, fiscal_year, NULL,
       jsonb_build_object('fromStatus', from_status, 'toStatus', to_status, 'revision', revision,
                          'comment', comment, 'reviewRunId', review_run_id,
                          'reconciliationRunId', reconciliation_run_id)
FROM budget_event;
INSERT INTO event_counter (id, last_seq) SELECT 1, COALESCE(max(seq), 0) FROM budget_event;
COMMENT ON TABLE budget_event IS 'Superseded by change_event (2026-12-10), which holds these rows with the same seq; no longer written.';

--changeset perf-targets:2026-12-10-01-change-feed-append-only splitStatements:false
-- Events are never changed; only the retention purge deletes them, and says so for its own transaction.
CREATE FUNCTION change_event_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('perf.purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'change_event is append-only (deletes only by the retention purge)';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER tr_change_event_append_only BEFORE UPDATE OR DELETE ON change_event
    FOR EACH ROW EXECUTE FUNCTION change_event_is_append_only();

--changeset perf-targets:2026-12-10-02-webhooks
-- Webhook subscriptions (admins): where to POST which events, with the secret the deliveries are signed with. The
-- dispatcher's state lives beside the settings: the last event handled (cursor_seq) and the retry state of the next
-- one. Dispatchers on every replica take a subscription with SELECT … FOR UPDATE SKIP LOCKED, so one delivers its
-- events at a time, in seq order.
CREATE TABLE webhook_subscription (
    id               UUID          PRIMARY KEY,
    url              VARCHAR(2000) NOT NULL,
    event_types      JSONB         NOT NULL DEFAULT '[]'::jsonb,
    department_ids   JSONB         NOT NULL DEFAULT '[]'::jsonb,
    description      VARCHAR(500),
    secret           VARCHAR(200)  NOT NULL,
    active           BOOLEAN       NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    created_by       VARCHAR(200)  NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    cursor_seq       BIGINT        NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    failing_since    TIMESTAMPTZ,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    disabled_at      TIMESTAMPTZ,
    disabled_reason  VARCHAR(500)
);
CREATE INDEX ix_webhook_subscription_due ON webhook_subscription (next_attempt_at) WHERE active AND disabled_at IS NULL;

-- Every HTTP request made to deliver an event (automatic or a manual redelivery) and how it ended.
CREATE TABLE webhook_delivery (
    id               UUID          PRIMARY KEY,
    subscription_id  UUID          NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         UUID          NOT NULL,
    event_seq        BIGINT        NOT NULL,
    event_type       VARCHAR(100)  NOT NULL,
    attempt          INTEGER       NOT NULL,
    manual           BOOLEAN       NOT NULL,
    attempted_at     TIMESTAMPTZ   NOT NULL,
    succeeded        BOOLEAN       NOT NULL,
    response_status  INTEGER,
    error            VARCHAR(500),
    duration_ms      BIGINT        NOT NULL,
    next_attempt_at  TIMESTAMPTZ
);
CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery (subscription_id, attempted_at DESC, id);
CREATE INDEX ix_webhook_delivery_time ON webhook_delivery (attempted_at);
