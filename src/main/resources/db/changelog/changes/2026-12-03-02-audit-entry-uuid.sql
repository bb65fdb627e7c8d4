--liquibase formatted sql

--changeset perf-targets:2026-12-03-02-audit-entry-uuid
-- Every resource id in the API is a UUID, history entries too: public_id is the entry's id in the API, while the
-- identity column stays the internal sequence that orders and pages the history (and the deprecated `sequence`).
-- The trail is append-only (tr_audit_record_append_only refuses UPDATE and DELETE), so existing entries are not
-- backfilled by UPDATE: ADD COLUMN with a volatile default rewrites the table and gives every existing row its own
-- UUID without firing row triggers. The service sets the id of a new entry itself; the default stays for any other
-- writer.
ALTER TABLE audit_record ADD COLUMN public_id UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE audit_record ADD CONSTRAINT uq_audit_record_public_id UNIQUE (public_id);
--rollback ALTER TABLE audit_record DROP COLUMN public_id;
