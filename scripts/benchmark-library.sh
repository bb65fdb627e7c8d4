#!/usr/bin/env bash
# Indicator library benchmark of the production jar (figures in docs/benchmarks.md, "Indicator library"):
# 100,000 indicators generated with SQL — 100 departments × 2 years (2023 APPROVED, 2024 DRAFT) × 500 indicators
# with Chinese names built from real indicator vocabulary — then 100 sequential requests per query, timed by curl
# as a department editor (whose visibility clause is the widest: approved tables plus its own drafts), and the
# EXPLAIN ANALYZE plans of the two statements of a name search. The database is dropped at the end.
# Needs the production jar (./mvnw -B package -Dprod -DskipTests), psql, curl and a PostgreSQL server (15+).
set -euo pipefail
cd "$(dirname "$0")/.."
db="perf_targets_bench_library"
REQUESTS="${REQUESTS:-100}"
source scripts/bench-lib.sh
trap 'cleanup; [ -n "${KEEP_DATABASE:-}" ] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" || true' EXIT
fresh_database "$db"
start_service
create_department LIB-000 >/dev/null

echo "## generating 100,000 indicators"
psql -q -d "$db" <<'SQL'
INSERT INTO department (id, code, name, version, created_at, updated_at)
SELECT gen_random_uuid(), 'LIB-' || lpad(d::text, 3, '0'), '部门' || d, 0, now(), now() FROM generate_series(1, 99) d;
INSERT INTO budget (id, department_id, fiscal_year, status, framework_code, version, created_at, updated_at, approved_revision)
SELECT gen_random_uuid(), d.id, y, CASE WHEN y = 2023 THEN 'APPROVED' ELSE 'DRAFT' END, 'guangdong-city-2024', 0, now(), now(),
       CASE WHEN y = 2023 THEN 1 ELSE 0 END
FROM department d CROSS JOIN (VALUES (2023), (2024)) years(y) WHERE d.code LIKE 'LIB-%';
WITH words AS (
  SELECT ARRAY['公众号','法律服务','侨法宣传','交流联谊','就业培训','创业孵化','困难群众','社区服务','文化传播','网站信息',
               '城镇新增','农村劳动力','技能培训','义务教育','医疗救助','养老服务','安全生产','环境监测','道路养护','档案数字化'] AS subject,
         ARRAY['发布推送','开展活动','覆盖','服务','走访','补贴发放','检查','培训','宣传','验收'] AS verb,
         ARRAY['篇数','次数','人数','户数','个数','及时率','合格率','覆盖率','满意度','完成率'] AS measure,
         ARRAY['篇','次','人','户','个','%','%','%','%','%'] AS unit
), rows AS (
  SELECT b.id AS budget_id, g AS position,
         (g % 20) + 1 AS s, ((g / 20) % 10) + 1 AS v, ((g / 3 + g / 200 + b.fiscal_year) % 10) + 1 AS m
  FROM budget b CROSS JOIN generate_series(0, 499) g
)
INSERT INTO indicator (id, budget_id, position, level1, level2, name, annual_value, version, created_at, updated_at,
                       annual_kind, annual_operator, annual_unit)
SELECT gen_random_uuid(), r.budget_id, r.position,
       CASE WHEN w.measure[r.m] = '满意度' THEN '满意度指标' WHEN w.unit[r.m] = '%' THEN '产出指标' ELSE '产出指标' END,
       CASE WHEN w.measure[r.m] = '满意度' THEN '服务对象满意度指标' WHEN w.unit[r.m] = '%' THEN '质量指标' ELSE '数量指标' END,
       w.subject[r.s] || w.verb[r.v] || w.measure[r.m],
       CASE WHEN w.unit[r.m] = '%' THEN '≥' || (80 + r.position % 20) || '%' ELSE '≥' || (10 + r.position) || w.unit[r.m] END,
       0, now(), now(),
       CASE WHEN w.unit[r.m] = '%' THEN 'PERCENT' ELSE 'NUMERIC' END, '≥', w.unit[r.m]
FROM rows r CROSS JOIN words w;
VACUUM ANALYZE indicator;
SQL
psql -Atq -d "$db" -c "SELECT 'indicators: ' || count(*) FROM indicator" \
  -c "SELECT 'index: ' || indexname FROM pg_indexes WHERE tablename = 'indicator' AND indexdef LIKE '%gin_trgm_ops%'"

H="Authorization: Bearer $(token department-editor LIB-001)"
# measure URL-PATH: REQUESTS sequential requests after 5 warm-ups; prints p50, p95, max and the hit count
measure() {
  local label="$1" url="$base/$2" times
  for _ in 1 2 3 4 5; do curl -sf -o /dev/null -H "$H" "$url"; done
  times=$(for _ in $(seq "$REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' -H "$H" "$url"; done | sort -n)
  local total
  total=$(curl -sf -H "$H" "$url" | python3 -c 'import sys,json;print(json.load(sys.stdin).get("totalItems", "-"))')
  echo "$times" | awk -v l="$label" -v n="$REQUESTS" -v hits="$total" \
    '{t[NR]=$1*1000} END {printf "%-48s p50 %5.1f ms  p95 %5.1f ms  max %5.1f ms  (%d requests, %s hits)\n", l, t[int(n*0.5)], t[int(n*0.95)], t[n], n, hits}'
}
echo "## $REQUESTS requests each, department editor of LIB-001"
# The floor in the same run: an authenticated request that reads no table (this machine is shared; compare with it).
measure "GET /me (floor: token, no SQL)" "me"
measure "name=推送篇数 (contained)" "indicator-library?name=%E6%8E%A8%E9%80%81%E7%AF%87%E6%95%B0"
measure "name=公众号推送篇数 (similar)" "indicator-library?name=%E5%85%AC%E4%BC%97%E5%8F%B7%E6%8E%A8%E9%80%81%E7%AF%87%E6%95%B0"
measure "name=就业培训 + unit=人 + operator=GE + 2023" "indicator-library?name=%E5%B0%B1%E4%B8%9A%E5%9F%B9%E8%AE%AD&unit=%E4%BA%BA&operator=GE&fiscalYear=2023"
measure "level2=数量指标 (no name)" "indicator-library?level2=%E6%95%B0%E9%87%8F%E6%8C%87%E6%A0%87"
measure "no filter, first page" "indicator-library"

echo "## plan of a name search (name=推送篇数), the one statement the service issues"
visibility="(b.status = 'APPROVED' OR d.code IN ('LIB-001'))"
q="推送篇数"
psql -q -d "$db" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
  WITH named AS MATERIALIZED (SELECT id, budget_id, level1, level2, name, annual_value, annual_unit, annual_operator,
    value_basis, value_basis_note, position FROM indicator WHERE name ILIKE '%$q%' ESCAPE '\\' OR name % '$q'),
  hits AS MATERIALIZED (SELECT i.id, i.level1, i.level2, i.name, i.annual_value, i.value_basis, i.value_basis_note,
    i.position, b.id AS budget_id, b.fiscal_year, b.status, b.framework_code, d.id AS department_id, d.code,
    d.name AS department_name, word_similarity('$q', i.name) AS relevance, i.annual_unit AS unit,
    row_number() OVER (ORDER BY (strpos(lower(i.name), lower('$q')) > 0) DESC, word_similarity('$q', i.name) DESC,
      similarity(i.name, '$q') DESC, b.fiscal_year DESC, i.id) AS rank
    FROM named i JOIN budget b ON b.id = i.budget_id JOIN department d ON d.id = b.department_id WHERE $visibility)
  SELECT GROUPING(level2), GROUPING(unit), unit, count(*), NULL, NULL, level2, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, 0 AS rank FROM hits GROUP BY GROUPING SETS ((level2), (unit), ())
  UNION ALL SELECT NULL, NULL, NULL, NULL, id, level1, level2, name, annual_value, value_basis, value_basis_note,
    position, budget_id, fiscal_year, status, framework_code, department_id, code, department_name, relevance, rank
  FROM hits WHERE rank > 0 AND rank <= 20 ORDER BY 21, 4 DESC, 7, 3"
