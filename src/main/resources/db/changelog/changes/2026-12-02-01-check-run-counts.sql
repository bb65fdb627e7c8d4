--liquibase formatted sql

--changeset perf-targets:2026-12-02-01-check-run-counts
-- Failed checks by severity in columns of their own: the bureau's queue counts warnings without reading
-- the stored JSON result. Runs recorded before get their counts from that result, once, here.
ALTER TABLE check_run ADD COLUMN error_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE check_run ADD COLUMN warning_count INTEGER NOT NULL DEFAULT 0;
UPDATE check_run r
   SET error_count = (SELECT count(*) FROM jsonb_array_elements(
                          CASE r.kind WHEN 'REVIEW' THEN r.result -> 'findings' ELSE r.result -> 'results' END) f
                       WHERE f ->> 'status' = 'FAIL' AND f ->> 'severity' = 'ERROR'),
       warning_count = (SELECT count(*) FROM jsonb_array_elements(
                          CASE r.kind WHEN 'REVIEW' THEN r.result -> 'findings' ELSE r.result -> 'results' END) f
                       WHERE f ->> 'status' = 'FAIL' AND f ->> 'severity' = 'WARNING')
 WHERE r.kind IN ('REVIEW', 'RECONCILIATION');
--rollback ALTER TABLE check_run DROP COLUMN warning_count; ALTER TABLE check_run DROP COLUMN error_count;
