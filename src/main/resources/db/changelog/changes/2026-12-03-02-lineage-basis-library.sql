--liquibase formatted sql

--changeset perf-targets:2026-12-03-02-value-basis
-- 指标值确定依据 (财预〔2021〕101号): 计划标准, 行业标准, 历史标准, 预算支出标准, with a free-text note; both optional.
ALTER TABLE indicator ADD COLUMN value_basis VARCHAR(20)
    CHECK (value_basis IN ('PLAN', 'INDUSTRY', 'HISTORY', 'COST'));
ALTER TABLE indicator ADD COLUMN value_basis_note VARCHAR(2000);

--changeset perf-targets:2026-12-03-02-lineage
-- A row of next year's table points at the row of this year's it was copied from. Either side may be deleted:
-- the link is then forgotten (SET NULL), never a reason to refuse the delete.
ALTER TABLE budget_task ADD COLUMN predecessor_id UUID REFERENCES budget_task (id) ON DELETE SET NULL;
ALTER TABLE indicator ADD COLUMN predecessor_id UUID REFERENCES indicator (id) ON DELETE SET NULL;
CREATE INDEX ix_task_predecessor ON budget_task (predecessor_id);
CREATE INDEX ix_indicator_predecessor ON indicator (predecessor_id);

--changeset perf-targets:2026-12-03-02-indicator-library
-- The indicator library searches names by trigram similarity. pg_trgm is a trusted extension (PostgreSQL 13+):
-- the database owner may create it. CJK characters make trigrams under any UTF-8 locale whose ctype classifies
-- them as letters (C.UTF-8, zh_CN.UTF-8, en_US.UTF-8); the library falls back to substring matching otherwise.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- Rows written since the last (auto)vacuum wait in GIN's pending list; a large one makes the planner prefer a
-- sequential scan (docs/benchmarks.md, "Indicator library"). Vacuum after a bulk load.
CREATE INDEX ix_indicator_name_trgm ON indicator USING gin (name gin_trgm_ops);
-- The parsed reading of the 年度指标值, kept beside the text so the library can filter by unit and operator in SQL.
-- Derived (the text stays the record): written on every insert and update, and filled in for existing rows at start
-- (library.ParsedTargetBackfill). annual_kind is null only for a row not yet read.
ALTER TABLE indicator ADD COLUMN annual_kind VARCHAR(20);
ALTER TABLE indicator ADD COLUMN annual_operator VARCHAR(2);
ALTER TABLE indicator ADD COLUMN annual_unit VARCHAR(100);
CREATE INDEX ix_indicator_unparsed ON indicator (id) WHERE annual_kind IS NULL;
