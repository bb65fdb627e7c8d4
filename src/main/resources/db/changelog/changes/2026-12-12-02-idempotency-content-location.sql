--liquibase formatted sql

--changeset perf-targets:2026-12-12-02-idempotency-content-location
-- A replayed answer carries every header the first one had that names a resource: an import's report is at its
-- Content-Location, beside the stored table at Location.
ALTER TABLE idempotency_record ADD COLUMN content_location VARCHAR(2000);
--rollback ALTER TABLE idempotency_record DROP COLUMN content_location;
