--liquibase formatted sql

--changeset perf-targets:2026-12-12-01-submitted-at-required
-- The review queue is ordered by the moment of submission, and its cursor carries that moment: a SUBMITTED table
-- without one could not be paged past. The service always sets it on submit; rows written by other means are given
-- the moment of their last submission in the change feed, or else their last change, then the rule holds in the
-- database.
UPDATE budget b
   SET submitted_at = COALESCE((SELECT max(e.occurred_at) FROM change_event e
                                 WHERE e.budget_id = b.id AND e.type = 'budget.submitted'), b.updated_at)
 WHERE b.status = 'SUBMITTED' AND b.submitted_at IS NULL;
ALTER TABLE budget ADD CONSTRAINT ck_budget_submitted_at CHECK (status <> 'SUBMITTED' OR submitted_at IS NOT NULL);
--rollback ALTER TABLE budget DROP CONSTRAINT ck_budget_submitted_at;
