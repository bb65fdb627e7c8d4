--liquibase formatted sql

--changeset perf-targets:2026-12-03-01-scoring-weight-sets
-- Scoring weight sets (R-SCO-1, R-SCO-2, R-SCO-6) as data: each (code, version) is written once and never changed,
-- because recorded self-evaluations name the set they were scored under. The definition is the set as written
-- (title, group weights — none for an "as declared" set —, management group, 预算执行率 rule, qualitative bands),
-- checked by the domain (WeightSet) before it is stored; seq orders the versions of a code.
CREATE TABLE scoring_weight_set (
    seq        BIGSERIAL PRIMARY KEY,
    code       VARCHAR(64)  NOT NULL,
    version    VARCHAR(32)  NOT NULL,
    definition JSONB        NOT NULL,
    built_in   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by VARCHAR(200) NOT NULL,
    CONSTRAINT uq_scoring_weight_set_version UNIQUE (code, version)
);
-- new versions only: a set scored under must read the same tomorrow
CREATE TRIGGER tr_scoring_weight_set_append_only BEFORE UPDATE OR DELETE ON scoring_weight_set
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();

-- the national set of 财预〔2020〕10号 (the weights of ScoringWeights 2026.1) and "as declared"
INSERT INTO scoring_weight_set (code, version, definition, built_in, created_by)
VALUES ('national', '2026.1', '{"code": "national", "version": "2026.1",
          "title": "财预〔2020〕10号：产出 50、效益 30、满意度 10、预算执行率 10", "asDeclared": false, "managementGroup": false,
          "weights": {"output": "50", "outcome": "30", "satisfaction": "10", "budgetExecution": "10", "cost": null,
                      "management": "0"},
          "budgetExecutionRule": {"fullMarksRate": "90", "step": "5", "pointsPerStep": "1"},
          "qualitativeBands": {"achievedFrom": "80", "partialFrom": "60"}}', TRUE, 'migration'),
       ('as-declared', '2026.1', '{"code": "as-declared", "version": "2026.1",
          "title": "按表或表单所列权重（合计须为 100，含管理类指标与预算执行率）", "asDeclared": true, "managementGroup": true,
          "weights": null,
          "budgetExecutionRule": {"fullMarksRate": "90", "step": "5", "pointsPerStep": "1"},
          "qualitativeBands": {"achievedFrom": "80", "partialFrom": "60"}}', TRUE, 'migration');
--rollback DROP TABLE scoring_weight_set;
