--liquibase formatted sql

--changeset perf-targets:2026-12-08-01-list-keyset-indexes
-- Keyset pages of GET /api/v1/budgets read the page's keys from an index alone (an index-only range scan that
-- starts right after the cursor's row), then the page's rows by primary key. Each index carries the columns the
-- list's filters test (department, status, fiscal year, update time), so filtering needs no heap either.
-- The default order: newest fiscal year first, then creation order.
DROP INDEX ix_budget_list_order;
CREATE INDEX ix_budget_list_keyset ON budget (fiscal_year DESC, created_at, id)
    INCLUDE (department_id, status, updated_at);
-- Syncs: sort=updatedAt (forwards) or sort=-updatedAt (the same index backwards), with or without updatedSince.
CREATE INDEX ix_budget_updated_keyset ON budget (updated_at, id)
    INCLUDE (department_id, status, fiscal_year, created_at);
-- The list sums each listed table's planned task funds by kind from the index alone.
DROP INDEX ix_task_budget_order;
CREATE INDEX ix_task_budget_order ON budget_task (budget_id, kind, position) INCLUDE (planned_funds);
--rollback DROP INDEX ix_task_budget_order; CREATE INDEX ix_task_budget_order ON budget_task (budget_id, kind, position);
--rollback DROP INDEX ix_budget_updated_keyset; DROP INDEX ix_budget_list_keyset;
--rollback CREATE INDEX ix_budget_list_order ON budget (fiscal_year DESC, created_at, id);
