--liquibase formatted sql

--changeset perf-targets:2026-12-12-01-submitted-at-required
-- The review queue is ordered by the moment of submission, and its cursor carries that moment: a SUBMITTED table
-- without one could not be paged past. The service always sets it on submit; rows written by other means are given
-- their last change as the best known moment, then the rule holds in the database.
UPDATE budget SET submitted_at = updated_at WHERE status = 'SUBMITTED' AND submitted_at IS NULL;
ALTER TABLE budget ADD CONSTRAINT ck_budget_submitted_at CHECK (status <> 'SUBMITTED' OR submitted_at IS NOT NULL);
--rollback ALTER TABLE budget DROP CONSTRAINT ck_budget_submitted_at;
