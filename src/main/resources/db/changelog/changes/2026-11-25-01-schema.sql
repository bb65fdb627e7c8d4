--liquibase formatted sql

--changeset perf-targets:2026-11-25-01-frameworks
CREATE TABLE indicator_framework (
    code        VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE TABLE indicator_framework_entry (
    framework_code VARCHAR(64)  NOT NULL REFERENCES indicator_framework (code),
    position       INTEGER      NOT NULL,
    level1         VARCHAR(100) NOT NULL,
    level2         VARCHAR(100) NOT NULL,
    PRIMARY KEY (framework_code, position),
    CONSTRAINT uq_framework_pair UNIQUE (framework_code, level1, level2)
);

--changeset perf-targets:2026-11-25-01-departments
CREATE TABLE department (
    id                     UUID         PRIMARY KEY,
    code                   VARCHAR(64)  NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    staff_count            INTEGER      CHECK (staff_count >= 0),
    subordinate_unit_count INTEGER      CHECK (subordinate_unit_count >= 0),
    version                BIGINT       NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    CONSTRAINT uq_department_code UNIQUE (code)
);
CREATE INDEX ix_department_name ON department (name);

--changeset perf-targets:2026-11-25-01-budgets
CREATE TABLE budget (
    id                            UUID          PRIMARY KEY,
    department_id                 UUID          NOT NULL REFERENCES department (id),
    fiscal_year                   INTEGER       NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    period_start_year             INTEGER       CHECK (period_start_year BETWEEN 2000 AND 2100),
    period_end_year               INTEGER       CHECK (period_end_year BETWEEN 2000 AND 2100),
    status                        VARCHAR(20)   NOT NULL,
    framework_code                VARCHAR(64)   NOT NULL REFERENCES indicator_framework (code),
    staff_count                   INTEGER       CHECK (staff_count >= 0),
    subordinate_unit_count        INTEGER       CHECK (subordinate_unit_count >= 0),
    basic_expenditure             NUMERIC(18,2) CHECK (basic_expenditure >= 0),
    project_expenditure           NUMERIC(18,2) CHECK (project_expenditure >= 0),
    fiscal_appropriation          NUMERIC(18,2) CHECK (fiscal_appropriation >= 0),
    other_funds                   NUMERIC(18,2) CHECK (other_funds >= 0),
    special_funds                 NUMERIC(18,2) CHECK (special_funds >= 0),
    other_development_expenditure NUMERIC(18,2) CHECK (other_development_expenditure >= 0),
    city_level_funds              NUMERIC(18,2) CHECK (city_level_funds >= 0),
    transfer_payment_funds        NUMERIC(18,2) CHECK (transfer_payment_funds >= 0),
    overall_goal_html             TEXT,
    version                       BIGINT        NOT NULL,
    created_at                    TIMESTAMPTZ   NOT NULL,
    updated_at                    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT ck_budget_period CHECK (period_start_year IS NULL OR period_end_year IS NULL
                                       OR period_start_year <= period_end_year),
    CONSTRAINT ck_budget_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ADJUSTING')),
    CONSTRAINT uq_budget_department_year UNIQUE (department_id, fiscal_year)
);
CREATE INDEX ix_budget_fiscal_year ON budget (fiscal_year);
CREATE INDEX ix_budget_status ON budget (status);
CREATE INDEX ix_budget_framework ON budget (framework_code);
CREATE INDEX ix_budget_list_order ON budget (fiscal_year DESC, created_at, id);

--changeset perf-targets:2026-11-25-01-tasks
CREATE TABLE budget_task (
    id               UUID          PRIMARY KEY,
    budget_id        UUID          NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    kind             VARCHAR(10)   NOT NULL CHECK (kind IN ('KEY', 'OTHER')),
    position         INTEGER       NOT NULL CHECK (position >= 0),
    name             VARCHAR(500)  NOT NULL,
    content          TEXT,
    planned_funds    NUMERIC(18,2) CHECK (planned_funds >= 0),
    expected_outcome TEXT,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX ix_task_budget_order ON budget_task (budget_id, kind, position);

--changeset perf-targets:2026-11-25-01-indicators
CREATE TABLE indicator (
    id            UUID          PRIMARY KEY,
    budget_id     UUID          NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL CHECK (position >= 0),
    level1        VARCHAR(100)  NOT NULL,
    level2        VARCHAR(100)  NOT NULL,
    name          VARCHAR(500)  NOT NULL,
    period_value  VARCHAR(2000),
    annual_value  VARCHAR(2000),
    weight        NUMERIC(9,4)  CHECK (weight >= 0),
    task_id       UUID          REFERENCES budget_task (id) ON DELETE SET NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX ix_indicator_budget_order ON indicator (budget_id, position);
CREATE INDEX ix_indicator_task ON indicator (task_id);
