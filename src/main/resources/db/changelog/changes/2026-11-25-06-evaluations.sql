--liquibase formatted sql

--changeset perf-targets:2026-11-25-06-evaluations
-- Monitoring reports (双监控) and self-evaluations (绩效自评) are recorded runs too; a monitoring
-- report belongs to a month, and the latest report of a month is the one that counts.
ALTER TABLE check_run DROP CONSTRAINT check_run_kind_check;
ALTER TABLE check_run ADD CONSTRAINT check_run_kind_check
    CHECK (kind IN ('RECONCILIATION', 'REVIEW', 'MONITORING', 'SELF_EVALUATION'));
ALTER TABLE check_run ADD COLUMN month INTEGER CHECK (month BETWEEN 1 AND 12);
ALTER TABLE check_run ADD COLUMN revision INTEGER;
