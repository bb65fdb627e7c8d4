#!/usr/bin/env node
// Contract-driven HTTP fuzzer for the budget performance target tables service.
//
// Reads the bundled contract (src/main/resources/META-INF/openapi.yaml, built from openapi/), seeds data through the API (departments, the Dongguan 2024 table, an
// approved table with a monitoring report and a self-evaluation, a table under adjustment, …), then sends
// thousands of mutated requests to every operation of the contract: valid requests built from the
// contract's examples with one field mutated at a time, hostile numbers and strings, bad ids, bad query
// parameters, bad headers and media types, bad tokens of every kind, wrong methods and raw malformed HTTP.
//
// A response is a finding when it is a 5xx; an error (>= 400) that is not an application/problem+json
// object with `status` (the HTTP status) and `code`; shows a Java class name or stack trace; takes longer
// than 2 s (re-checked alone before it counts) or gets no answer within 5 s. A hung request is recorded and,
// with --restart-cmd, the service is restarted so the run goes on; the run is capped in time.
//
// Usage: node scripts/fuzz/fuzz.mjs --base http://127.0.0.1:18080 --jwt-key private.pem --jwt-issuer ISS
//        [--seed S] [--requests N] [--concurrency 4] [--max-seconds 600] [--report target/fuzz-report.json]
//        [--restart-cmd 'shell command that restarts the service'] [--only operationId,…]
// Environment equivalents: FUZZ_BASE_URL, FUZZ_JWT_KEY, FUZZ_JWT_ISSUER, FUZZ_SEED, FUZZ_REQUESTS,
// FUZZ_CONCURRENCY, FUZZ_MAX_SECONDS, FUZZ_REPORT, FUZZ_RESTART_CMD, FUZZ_ONLY, FUZZ_DEPS_DIR (where the
// npm dependencies are installed). Exit status: 0 no finding, 1 findings, 2 the run could not be set up.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadSpec, flat, generate } from './spec.mjs';
import { Client, buildRaw, headerEntries } from './http.mjs';
import { evaluate, isProtocolRefusal } from './checks.mjs';
import * as P from './payloads.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;

// ------------------------------------------------------------------------------------------ configuration
function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) o[a.slice(2, eq)] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) o[a.slice(2)] = argv[++i];
    else o[a.slice(2)] = 'true';
  }
  return o;
}
const args = parseArgs(process.argv.slice(2));
if (args.help) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 22).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const cfg = {
  base: args.base || env.FUZZ_BASE_URL || 'http://127.0.0.1:8080',
  spec: args.spec || env.FUZZ_SPEC || 'src/main/resources/META-INF/openapi.yaml',
  seed: String(args.seed ?? env.FUZZ_SEED ?? '20261202'),
  requests: (args.requests || env.FUZZ_REQUESTS || '6000') === 'all' ? Infinity : Number(args.requests || env.FUZZ_REQUESTS || 6000),
  minRequests: Number(env.FUZZ_MIN_REQUESTS || 5000),
  concurrency: Number(args.concurrency || env.FUZZ_CONCURRENCY || 4),
  timeoutMs: Number(env.FUZZ_TIMEOUT_MS || 5000),
  slowMs: Number(env.FUZZ_SLOW_MS || 2000),
  maxSeconds: Number(args['max-seconds'] || env.FUZZ_MAX_SECONDS || 600),
  report: args.report || env.FUZZ_REPORT || 'target/fuzz-report.json',
  restartCmd: args['restart-cmd'] || env.FUZZ_RESTART_CMD || '',
  maxRestarts: Number(env.FUZZ_MAX_RESTARTS || 40),
  jwtKey: args['jwt-key'] || env.FUZZ_JWT_KEY,
  jwtIssuer: args['jwt-issuer'] || env.FUZZ_JWT_ISSUER,
  sample: args.sample || env.FUZZ_SAMPLE || 'src/main/resources/sample/dongguan-2024.json',
  only: (args.only || env.FUZZ_ONLY || '').split(',').filter(Boolean),
};
if (!cfg.jwtKey || !cfg.jwtIssuer) {
  console.error('fuzz: --jwt-key and --jwt-issuer (FUZZ_JWT_KEY, FUZZ_JWT_ISSUER) are required');
  process.exit(2);
}
class SetupError extends Error {}

function loadDep(name) {
  for (const dir of [env.FUZZ_DEPS_DIR, here].filter(Boolean)) {
    try { return createRequire(path.join(path.resolve(dir), 'package.json'))(name); } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; }
  }
  console.error(`fuzz: npm package '${name}' not found; run scripts/fuzz-contract.sh or 'npm ci' in scripts/fuzz`);
  process.exit(2);
}
const YAML = loadDep('yaml');

// -------------------------------------------------------------------------------------------- randomness
function makeRng(seed) {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) { h = Math.imul(h ^ seed.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    shuffle(arr) { for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; } return arr; },
    sample(arr, n) { return r.shuffle([...arr]).slice(0, n); },
    uuid() {
      const b = Array.from({ length: 16 }, () => Math.floor(next() * 256));
      b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
      const x = b.map((v) => v.toString(16).padStart(2, '0')).join('');
      return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
    },
  };
  return r;
}
let rng = makeRng(cfg.seed);
const warmRng = makeRng(`${cfg.seed}/warm-up`);

// ------------------------------------------------------------------------------------------------ tokens
// Same claims as scripts/dev-token.sh (groups = roles, departments = department codes), signed with the
// production key the service was started with.
const privateKey = crypto.createPrivateKey(fs.readFileSync(cfg.jwtKey));
const publicPem = crypto.createPublicKey(privateKey).export({ type: 'spki', format: 'pem' });
const b64u = (b) => Buffer.from(b).toString('base64url');
function jwt(payload, { key = privateKey, alg = 'RS256' } = {}) {
  const data = `${b64u(JSON.stringify({ alg, typ: 'JWT' }))}.${b64u(JSON.stringify(payload))}`;
  let sig = '';
  if (alg === 'RS256') sig = b64u(crypto.sign('sha256', Buffer.from(data), key));
  else if (alg === 'HS256') sig = b64u(crypto.createHmac('sha256', key).update(data).digest());
  return `${data}.${sig}`;
}
const now = Math.floor(Date.now() / 1000);
function claims(role, departments = [], extra = {}) {
  return { iss: cfg.jwtIssuer, sub: `fuzz-${role}`, upn: `fuzz-${role}`, groups: [role], departments, iat: now, exp: now + 8 * 3600, jti: crypto.randomUUID(), ...extra };
}
// Codes unique to this run, so the fuzzer can also run against a database that has seen earlier runs.
const RUN = `FZ${Date.now().toString(36).toUpperCase()}`;
const HOME = `${RUN}-A`;
// Further departments of the editor, so that created tables get a (department, year) of their own:
// colliding creates are tested on purpose (the concurrent-duplicate cases), not by chance.
const SLOTS = Array.from({ length: 7 }, (_, i) => `${RUN}-S${i + 1}`);
const tokens = {
  admin: jwt(claims('admin')),
  'finance-reviewer': jwt(claims('finance-reviewer')),
  editor: jwt(claims('department-editor', [HOME, ...SLOTS])),
  'editor-other-dept': jwt(claims('department-editor', [`${RUN}-B`])),
  reader: jwt(claims('reader')),
};
const wrongKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const adminClaims = claims('admin');
const editorClaims = claims('department-editor', [HOME]);
const [h0, , s0] = tokens.admin.split('.');
const BAD_AUTH = [
  ['auth-none', undefined, true],
  ['auth-empty-bearer', 'Bearer ', false],
  ['auth-garbage', 'Bearer garbage', true],
  ['auth-basic', 'Basic YWRtaW46YWRtaW4=', false],
  ['auth-lowercase-scheme', `bearer ${tokens.admin}`, false],
  ['auth-expired', `Bearer ${jwt({ ...adminClaims, iat: now - 7200, exp: now - 3600 })}`, true],
  ['auth-not-yet-valid', `Bearer ${jwt({ ...adminClaims, iat: now + 86400, nbf: now + 86400 })}`, false],
  ['auth-wrong-issuer', `Bearer ${jwt({ ...adminClaims, iss: 'https://idp.evil.example' })}`, false],
  ['auth-wrong-key', `Bearer ${jwt(adminClaims, { key: wrongKey })}`, true],
  ['auth-alg-none', `Bearer ${jwt(adminClaims, { alg: 'none' })}`, true],
  ['auth-hs256-key-confusion', `Bearer ${jwt(adminClaims, { alg: 'HS256', key: publicPem })}`, false],
  ['auth-tampered-payload', `Bearer ${h0}.${b64u(JSON.stringify({ ...adminClaims, groups: ['admin', 'finance-reviewer'] }))}.${s0}`, false],
  ['auth-no-signature', `Bearer ${h0}.${b64u(JSON.stringify(adminClaims))}.`, false],
  ['auth-groups-string', `Bearer ${jwt({ ...adminClaims, groups: 'admin' })}`, false],
  ['auth-groups-nested', `Bearer ${jwt({ ...adminClaims, groups: [['admin'], { a: 1 }, null, 7] })}`, false],
  ['auth-departments-object', `Bearer ${jwt({ ...editorClaims, departments: { a: 1 } })}`, false],
  ['auth-departments-number', `Bearer ${jwt({ ...editorClaims, departments: 7 })}`, false],
  ['auth-departments-hostile', `Bearer ${jwt({ ...editorClaims, departments: ['ＦＺ-Ａ', 'FZ-A\u0000', "' OR 1=1--", '%', '\u202EA-ZF', 'x'.repeat(5000)] })}`, false],
  ['auth-departments-2000', `Bearer ${jwt({ ...editorClaims, departments: Array.from({ length: 300 }, (_, i) => `D-${i}`) })}`, false],
  ['auth-unknown-role', `Bearer ${jwt(claims('superuser'))}`, false],
  ['auth-no-groups', `Bearer ${jwt({ ...adminClaims, groups: undefined })}`, false],
  ['auth-no-subject', `Bearer ${jwt({ ...editorClaims, sub: undefined, upn: undefined })}`, false],
  ['auth-subject-nul', `Bearer ${jwt({ ...editorClaims, sub: 'fuzz\u0000editor', upn: 'fuzz\u0000editor' })}`, true],
  ['auth-subject-hostile', `Bearer ${jwt({ ...editorClaims, sub: `\u202E${'侨'.repeat(3000)}😀`, upn: '\u0001\u001b[31m' })}`, true],
  ['auth-exp-huge', `Bearer ${jwt({ ...adminClaims, exp: 1e300 })}`, false],
  ['auth-exp-string', `Bearer ${jwt({ ...adminClaims, exp: 'tomorrow' })}`, false],
  ['auth-three-dots', 'Bearer a.b.c', false],
  ['auth-not-base64', 'Bearer !!!.###.$$$', false],
  ['auth-two-bearers', `Bearer ${tokens.admin}, Bearer garbage`, false],
  ['auth-huge-token', `Bearer ${'A'.repeat(20000)}`, false],
  ['auth-nul', 'Bearer a\u0000b', false],
  ['auth-unicode', 'Bearer 令牌', false],
];

// ------------------------------------------------------------------------------------------------ spec
const spec = loadSpec(cfg.spec, YAML);
let operations = spec.operations;
if (cfg.only.length) operations = operations.filter((o) => cfg.only.includes(o.id));
const sample = JSON.parse(fs.readFileSync(cfg.sample, 'utf8'));

const client = new Client(cfg.base, cfg.timeoutMs);
const setupClient = new Client(cfg.base, 60000);
const startedAt = Date.now();
const deadline = startedAt + cfg.maxSeconds * 1000;
const log = (...a) => console.log(...a);

// ------------------------------------------------------------------------------------------------ seeding
async function api(method, p, { token, body, headers = {}, expect, accept = 'application/json' } = {}) {
  const h = { Accept: accept, ...headers };
  if (token) h.Authorization = `Bearer ${token}`;
  let b;
  if (body !== undefined) { b = Buffer.isBuffer(body) ? body : JSON.stringify(body); if (!h['Content-Type']) h['Content-Type'] = 'application/json'; }
  const res = await setupClient.send({ method, path: p, headers: h, body: b });
  let json;
  try { json = JSON.parse(res.body.toString('utf8')); } catch { json = undefined; }
  if (expect && !expect.includes(res.status)) {
    throw new SetupError(`${method} ${p} answered ${res.status ?? res.error ?? 'nothing (timeout)'}: ${res.body ? res.body.toString('utf8').slice(0, 800) : ''}`);
  }
  return { ...res, json };
}

// What an indicator reached, as monitoring and self-evaluation want it: the target's number and unit,
// the target's grade, or 达成 for a qualitative target.
function reached(ind) {
  const t = ind.annualTarget || ind.periodTarget;
  if (t && (t.kind === 'NUMERIC' || t.kind === 'PERCENT') && t.number != null) return `${t.number}${t.unit || ''}`;
  if (t && t.kind === 'GRADE') return t.raw.trim();
  return '达成';
}

const st = { budgets: {}, info: {}, runs: {}, sacrificial: { tasks: [], indicators: [] }, year: {}, counter: 0, slot: 0 };

async function seed() {
  const A = tokens.admin; const E = tokens.editor; const F = tokens['finance-reviewer'];
  const dept = async (code, name) => (await api('POST', '/api/v1/departments', {
    token: A, body: { code, name, staffCount: sample.department.staffCount ?? 0, subordinateUnitCount: sample.department.subordinateUnitCount ?? 1 }, expect: [201],
  })).json;
  st.deptA = (await dept(HOME, sample.department.name)).id;
  st.deptB = (await dept(`${RUN}-B`, '模糊测试部门乙')).id;
  st.slotDepts = [st.deptA];
  for (const code of SLOTS) st.slotDepts.push((await dept(code, `模糊测试部门${code.slice(-2)}`)).id);
  st.sacrificialDepts = [];
  for (let i = 1; i <= 4; i++) st.sacrificialDepts.push((await dept(`${RUN}-DEL-${i}`, `待删除部门${i}`)).id);

  const sampleBudget = (year) => ({ ...sample.budget, departmentId: st.deptA, fiscalYear: year, periodStartYear: year, periodEndYear: year + 2 });
  const create = async (body) => (await api('POST', '/api/v1/budgets', { token: E, body, expect: [201] })).json.id;
  // Transitions name the table version they act on (If-Match), read just before.
  const act = async (id, action, token, body) => {
    const etag = (await api('GET', `/api/v1/budgets/${id}`, { token: E, expect: [200] })).headers.etag;
    return (await api('POST', `/api/v1/budgets/${id}/${action}`, { token, body, headers: { 'If-Match': etag }, expect: [200] })).json;
  };

  const approved = await create(sampleBudget(2024));
  const submitted = await act(approved, 'submit', E);
  await act(approved, 'approve', F, { comment: '批复' });
  const adj = await create(sampleBudget(2023));
  await act(adj, 'submit', E);
  await act(adj, 'approve', F);
  await act(adj, 'adjust', E, { comment: '调整' });
  const draft = await create(sampleBudget(2025));
  const life = await create(sampleBudget(2026));
  st.budgets = { approved, adj, draft, life };
  Object.assign(st.year, { [approved]: 2024, [adj]: 2023, [draft]: 2025, [life]: 2026 });
  st.sacrificialBudgets = [];
  for (let y = 2090; y < 2094; y++) {
    const id = await create({ departmentId: st.deptA, fiscalYear: y });
    st.sacrificialBudgets.push(id);
    st.year[id] = y;
  }
  st.runs.reconciliations = [{ budget: approved, id: submitted.reconciliationRunId }];
  st.runs.reviews = [{ budget: approved, id: submitted.reviewRunId }];
  st.runs.reconciliations.push({ budget: draft, id: (await api('POST', `/api/v1/budgets/${draft}/reconciliations`, { token: E, expect: [201] })).json.id });
  st.runs.reviews.push({ budget: draft, id: (await api('POST', `/api/v1/budgets/${draft}/reviews`, { token: F, expect: [201] })).json.id });

  for (const id of [approved, adj, draft, life]) {
    st.info[id] = {
      tasks: (await api('GET', `/api/v1/budgets/${id}/tasks?size=1000`, { token: E, expect: [200] })).json.items,
      indicators: (await api('GET', `/api/v1/budgets/${id}/indicators?size=1000`, { token: E, expect: [200] })).json.items,
    };
  }
  for (let i = 0; i < 4; i++) {
    st.sacrificial.tasks.push((await api('POST', `/api/v1/budgets/${draft}/tasks`, { token: E, body: { kind: 'OTHER', name: `待删除任务${i}` }, expect: [201] })).json.id);
    st.sacrificial.indicators.push((await api('POST', `/api/v1/budgets/${draft}/indicators`, { token: E, body: { level1: '产出指标', level2: '数量指标', name: `待删除指标${i}`, annualValue: '≥1个' }, expect: [201] })).json.id);
  }

  // A monitoring report and a self-evaluation of the approved table, so their runs can be read.
  const inds = st.info[approved].indicators;
  const tasks = st.info[approved].tasks;
  st.monitoringBody = () => ({
    month: 6,
    spentToDate: '3000000.00',
    indicators: inds.map((ind) => ({ indicatorId: ind.id, valueToDate: '进行中', expectedYearEnd: reached(ind), cause: '上半年活动延期', measure: '下半年加快进度' })),
    tasks: tasks.slice(0, 2).map((t) => ({ taskId: t.id, actualSpending: '100000.00' })),
  });
  st.selfEvaluationBody = () => ({
    adjustedBudget: '8427400.00',
    spent: '8000000.00',
    executionShortfallReason: null,
    actuals: inds.map((ind) => ({ indicatorId: ind.id, actual: reached(ind), qualitativeScorePercent: '90', deviationExplanation: '按计划完成' })),
    tasks: tasks.map((t) => ({ taskId: t.id, actualSpending: t.plannedFunds ?? '0.00' })),
  });
  const mon = await api('POST', `/api/v1/budgets/${approved}/monitoring-reports`, { token: E, body: st.monitoringBody(), expect: [201] });
  const sev = await api('POST', `/api/v1/budgets/${approved}/self-evaluations`, { token: E, body: st.selfEvaluationBody(), expect: [201] });
  st.runs['monitoring-reports'] = [{ budget: approved, id: mon.json.id }];
  st.runs['self-evaluations'] = [{ budget: approved, id: sev.json.id }];

  // The approved table in its official layout, the bodies the import reads.
  st.tsv = (await api('GET', `/api/v1/budgets/${approved}`, { token: E, accept: 'text/tab-separated-values', expect: [200] })).body;
  st.xlsx = (await api('GET', `/api/v1/budgets/${approved}`, { token: E, accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', expect: [200] })).body;
  if (st.xlsx.length < 1000 || st.tsv.length < 100) throw new SetupError('the exported official layout is unexpectedly small');

  // A stored import, whose report is read back by its id, and a bulk export of the editor's tables.
  st.importId = (await api('POST', `/api/v1/budget-imports?departmentCode=${RUN}-B`, {
    token: tokens['editor-other-dept'], body: Buffer.from(st.tsv), headers: { 'Content-Type': 'text/tab-separated-values' }, expect: [201],
  })).json.importId;
  st.exportId = (await api('POST', '/api/v1/exports', { token: E, body: { format: 'xlsx-zip' }, expect: [202] })).json.id;
}

// ------------------------------------------------------------------------------------------------ binding
// Real ids for an operation's path parameters. Mutating operations work on tables kept for them (the
// draft, the table under adjustment, the lifecycle table, throw-away rows for DELETE), so the approved
// table keeps its monitoring and self-evaluation reachable throughout the run.
function bind(op) {
  const m = op.method; const B = st.budgets; const p = op.path;
  const pick = (...xs) => rng.pick(xs);
  let params = null;
  let mm;
  if (/^\/api\/v1\/departments\/\{departmentId\}$/.test(p)) params = { departmentId: m === 'DELETE' ? rng.pick([...st.sacrificialDepts, st.deptA]) : m === 'GET' ? pick(st.deptA, st.deptB) : st.deptB };
  else if (/^\/api\/v1\/departments\/\{departmentId\}\//.test(p)) params = { departmentId: st.deptA };
  else if (/^\/api\/v1\/budgets\/\{budgetId\}$/.test(p)) params = { budgetId: m === 'DELETE' ? rng.pick(st.sacrificialBudgets) : m === 'GET' ? pick(B.approved, B.draft, B.adj) : pick(B.draft, B.draft, B.adj) };
  else if (/^\/api\/v1\/budgets\/\{budgetId\}\/adjust$/.test(p)) params = { budgetId: B.life };
  else if (/^\/api\/v1\/budgets\/\{budgetId\}\/(submit|return|approve)$/.test(p)) params = { budgetId: pick(B.life, B.life, B.approved) };
  else if ((mm = /\/(monitoring-reports|self-evaluations|reconciliations|reviews)\/\{runId\}$/.exec(p))) { const run = rng.pick(st.runs[mm[1]]); params = { budgetId: run.budget, runId: run.id }; }
  else if (/\/(monitoring-reports|self-evaluations)$/.test(p)) params = { budgetId: B.approved };
  else if (/\/revisions\/\{number\}(\/changes)?$/.test(p)) params = rng.pick([{ budgetId: B.adj, number: 2 }, { budgetId: B.adj, number: 2 }, { budgetId: B.adj, number: 1 }, { budgetId: B.approved, number: 1 }]);
  else if ((mm = /^\/api\/v1\/budgets\/\{budgetId\}\/(tasks|indicators)\/\{(\w+)\}$/.exec(p))) {
    if (m === 'DELETE') params = { budgetId: B.draft, [mm[2]]: rng.pick(st.sacrificial[mm[1]]) };
    else { const b = m === 'GET' ? pick(B.draft, B.approved) : pick(B.draft, B.adj); params = { budgetId: b, [mm[2]]: rng.pick(st.info[b][mm[1]]).id }; }
  } else if (/^\/api\/v1\/budgets\/\{budgetId\}\/(tasks|indicators)$/.test(p)) params = { budgetId: m === 'GET' ? pick(B.draft, B.approved) : pick(B.draft, B.adj) };
  else if (/^\/api\/v1\/budgets\/\{budgetId\}\//.test(p)) params = { budgetId: m === 'GET' ? pick(B.draft, B.approved, B.adj) : pick(B.draft, B.approved) };
  else if (/^\/api\/v1\/indicator-frameworks\/\{code\}$/.test(p)) params = { code: 'guangdong-city-2024' };
  else if (/^\/api\/v1\/exports\/\{exportId\}/.test(p)) params = { exportId: st.exportId };
  else if (/^\/api\/v1\/budget-imports\/\{importId\}$/.test(p)) params = { importId: st.importId };
  params = params || {};
  // Any parameter not known above (a new operation): the contract's example, else a real id.
  for (const prm of op.params.filter((x) => x.in === 'path')) {
    if (params[prm.name] !== undefined) continue;
    const s = flat(prm.schema);
    params[prm.name] = prm.example ?? s.example ?? (s.format === 'uuid' ? B.draft : s.type === 'integer' ? 1 : 'x');
  }
  const budget = Object.values(B).includes(params.budgetId) ? params.budgetId : null;
  return { params, budget };
}

function defaultRole(op) {
  const p = op.path; const m = op.method;
  if (/\/(return|approve)$/.test(p) || /review-queue/.test(p)) return 'finance-reviewer';
  if (/^\/api\/v1\/departments/.test(p) && m !== 'GET') return 'admin';
  if (op.id === 'importBudget') return 'editor-other-dept';
  if (m === 'GET') return rng.pick(['reader', 'editor', 'finance-reviewer', 'admin']);
  return 'editor';
}

// --------------------------------------------------------------------------------------------- valid bodies
const clone = (v) => (v === undefined ? undefined : structuredClone(v));

// Replaces the contract examples' ids by real ones of the bound table (by position in arrays).
function substitute(value, binding, index = 0) {
  if (Array.isArray(value)) return value.map((v, i) => substitute(v, binding, i));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  const info = binding.budget ? st.info[binding.budget] : null;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'departmentId' && typeof v === 'string') out[k] = st.deptA;
    else if (k === 'taskId' && typeof v === 'string' && info && info.tasks.length) out[k] = info.tasks[index % info.tasks.length].id;
    else if (k === 'indicatorId' && typeof v === 'string' && info && info.indicators.length) out[k] = info.indicators[index % info.indicators.length].id;
    else out[k] = substitute(v, binding, index);
  }
  return out;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
function pickMedia(op) {
  const entries = Object.entries(op.requestBody.content);
  return entries.find(([mt]) => mt === 'application/json') || entries[0];
}

// Which valid body a request carries, drawn when the case is generated (so the seed fixes it) and
// built when it is sent: {mediaType, example, kind, query, year}.
function chooseBody(op, forceExample) {
  if (!op.requestBody) return null;
  const [mediaType, media] = pickMedia(op);
  const schema = flat(media.schema);
  if (schema.type === 'string' && schema.format === 'binary') {
    // The import: the approved table's own export, read back as a dry run of its department.
    const kind = rng.pick(['tsv', 'tsv', 'xlsx', 'text']);
    const mt = kind === 'xlsx' ? XLSX_TYPE : kind === 'tsv' ? 'text/tab-separated-values' : 'text/plain';
    // Department B has no table yet: a dry run reads the whole file, a real import stores it (later ones
    // replace it or are refused as duplicates).
    const query = [['departmentCode', `${RUN}-B`], ['dryRun', rng.chance(0.85) ? 'true' : 'false']];
    if (rng.chance(0.7)) query.push(['replace', 'true']);
    return { mediaType: op.requestBody.content[mt] ? mt : mediaType, kind, query, binary: true };
  }
  const example = forceExample ?? (media.examples.length ? rng.int(media.examples.length) : -1);
  const slot = st.slot++;
  return { mediaType, example, schema: media.schema, query: [], slot };
}

// The richest example of an operation (the one field mutations start from).
function richestExample(op) {
  const [, media] = pickMedia(op);
  let best = -1; let size = -1;
  media.examples.forEach((e, i) => { const n = JSON.stringify(e).length; if (n > size) { size = n; best = i; } });
  return best;
}

function buildBody(op, binding, choice) {
  if (choice.binary) return choice.kind === 'xlsx' ? st.xlsx : st.tsv;
  const [, media] = pickMedia(op);
  let value = choice.example >= 0 ? clone(media.examples[choice.example]) : generate(media.schema);
  value = substitute(value, binding);
  const years = (y) => { value.fiscalYear = y; if (value.periodStartYear) { value.periodStartYear = y; value.periodEndYear = y + 2; } };
  switch (op.id) {
    case 'createDepartment': value.code = `${RUN}-N${++st.counter}`; break;
    case 'replaceDepartment': value.code = `${RUN}-B`; break;
    case 'createBudget': {
      // A (department, year) no other created table uses: 8 departments × 2030–2099.
      const n = st.slotDepts.length;
      value.departmentId = st.slotDepts[choice.slot % n];
      years(2030 + (Math.floor(choice.slot / n) % 70));
      break;
    }
    case 'replaceBudget': years(st.year[binding.params.budgetId] ?? value.fiscalYear); break;
    case 'recordMonitoringReport': value = st.monitoringBody(); break;
    case 'recordSelfEvaluation': value = st.selfEvaluationBody(); break;
    default: break;
  }
  return value;
}

// ------------------------------------------------------------------------------------------------ requests
// A base request: the operation with a binding, a role's token, a valid body; a case mutates one part.
// Drawn at generation (small), materialised when sent.
function baseReq(op, forceExample) {
  return { op, binding: bind(op), role: defaultRole(op), body: chooseBody(op, forceExample) };
}

function materialize(b) {
  const { op, binding, role, body } = b;
  const headers = { Accept: 'application/json' };
  // Updates, deletes and lifecycle transitions need If-Match (428 without); '*' lets a valid request through.
  if (['PUT', 'PATCH', 'DELETE'].includes(op.method) || /\/(submit|return|approve|adjust)$/.test(op.path)) headers['If-Match'] = '*';
  return {
    op, method: op.method, binding, role,
    auth: `Bearer ${tokens[role]}`,
    pathParams: { ...binding.params }, rawPathParams: {}, rawPath: null,
    query: body && body.query ? [...body.query] : [], rawQuery: null,
    headers, extraHeaders: [],
    body: body ? buildBody(op, binding, body) : undefined, bodyBytes: undefined,
    contentType: body ? body.mediaType : undefined, bodySchema: body ? body.schema : undefined, binary: !!(body && body.binary),
    forceRaw: false, version: undefined, noHost: false,
  };
}

let requestSeq = 0;
const runTag = crypto.createHash('sha1').update(cfg.seed).digest('hex').slice(0, 6);

// The bytes of a request: {method, path, headers, body, requestText, raw?}
function render(r) {
  let p = r.rawPath ?? r.op.path.replace(/\{(\w+)\}/g, (_, n) => (n in r.rawPathParams ? r.rawPathParams[n] : encodeURIComponent(String(r.pathParams[n]))));
  const q = r.rawQuery ?? r.query.map(([k, v]) => (v === null ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join('&');
  if (q && r.rawPath === null) p += `?${q}`;
  const headers = [];
  if (r.auth !== undefined) headers.push(['Authorization', r.auth]);
  for (const [k, v] of Object.entries(r.headers)) if (v !== undefined && v !== null) headers.push([k, v]);
  let body;
  if (r.bodyBytes !== undefined) body = r.bodyBytes;
  else if (r.body !== undefined) body = Buffer.isBuffer(r.body) ? r.body : P.toJson(r.body);
  if (body !== undefined && r.contentType !== undefined && r.contentType !== null) headers.push(['Content-Type', r.contentType]);
  headers.push(...r.extraHeaders);
  if (!headers.some(([k]) => k.toLowerCase() === 'x-request-id')) headers.push(['X-Request-Id', `fz-${runTag}-${++requestSeq}`]);
  const bodyStr = body === undefined ? '' : Buffer.isBuffer(body) ? (r.binary ? '' : body.subarray(0, 2e6).toString('utf8')) : body.slice(0, 2e6);
  const requestText = `${p}\n${headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n${bodyStr}`;
  return { method: r.method, path: p, headers, body, requestText, forceRaw: r.forceRaw, version: r.version, noHost: r.noHost };
}

// -------------------------------------------------------------------------------------------- mutations
const D400 = '9'.repeat(400);
const setAt = (obj, keys, value) => {
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys[keys.length - 1]] = value;
};
const getAt = (obj, keys) => keys.reduce((o, k) => (o == null ? undefined : o[k]), obj);
const pathLabel = (keys) => keys.reduce((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');

// Every field of a valid body worth mutating: present ones (first array element only) and absent
// properties the schema allows.
function fieldPaths(value, schema, prefix = [], depth = 0, out = []) {
  const s = flat(schema);
  if (depth > 5) return out;
  if (Array.isArray(value)) {
    if (value.length) {
      out.push({ keys: [...prefix, 0], schema: flat(s.items || {}), present: true });
      fieldPaths(value[0], s.items || {}, [...prefix, 0], depth + 1, out);
    }
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  const props = s.properties || {};
  for (const k of new Set([...Object.keys(value), ...Object.keys(props)])) {
    const present = k in value;
    out.push({ keys: [...prefix, k], schema: flat(props[k] || {}), present });
    if (present && value[k] && typeof value[k] === 'object') fieldPaths(value[k], props[k] || {}, [...prefix, k], depth + 1, out);
  }
  return out;
}

function fieldKind(f) {
  const s = f.schema; const name = String(f.keys[f.keys.length - 1]);
  if (Array.isArray(s.enum)) return 'enum';
  if (s.type === 'array') return 'array';
  if (s.type === 'object') return 'object';
  if (s.type === 'integer' || s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'boolean';
  if (s.format === 'uuid' || /Id$/.test(name)) return 'uuid';
  if (typeof s.pattern === 'string' && /\[0-9\]/.test(s.pattern) && !/A-Z/.test(s.pattern)) return 'money';
  if (/value|actual|expected|yearend|weight|percent/i.test(name)) return 'target';
  return 'string';
}

// Values the contract itself suggests: its bounds, and values other seeded resources already use.
function contractValues(kind, schema, name) {
  const out = [];
  if (kind === 'number') {
    if (typeof schema.minimum === 'number') out.push(['num-below-minimum', schema.minimum - 1], ['num-minimum', schema.minimum]);
    if (typeof schema.maximum === 'number') out.push(['num-above-maximum', schema.maximum + 1], ['num-maximum', schema.maximum]);
  }
  if ((kind === 'string' || kind === 'target') && typeof schema.maxLength === 'number' && schema.maxLength <= 200000) {
    out.push(['str-over-max-length', 'x'.repeat(schema.maxLength + 1)], ['str-max-length-cjk', '侨'.repeat(schema.maxLength)], ['str-max-length-emoji', '😀'.repeat(Math.floor(schema.maxLength / 2))]);
  }
  if (name === 'fiscalYear') out.push(['year-of-another-table', 2024]);
  if (name === 'code') out.push(['code-of-another-department', HOME]);
  if (name === 'frameworkCode') out.push(['framework-unknown', 'nope-2099']);
  return out;
}

function valuesFor(kind, current, schema = {}, name = '') {
  const T = P.WRONG_TYPES;
  const own = contractValues(kind, schema, name);
  switch (kind) {
    case 'money': return [...P.NUMBERS, ...P.MONEY, ...T, ...P.STRINGS.filter(([n]) => ['str-nul', 'str-control', 'str-fullwidth-digits', 'str-long-10k', 'str-rtl', 'str-escaped-nul'].includes(n))];
    case 'number': return [...P.NUMBERS, ...T, ['num-as-string', String(current ?? 1)], ...own];
    case 'boolean': return [...T, ['bool-string', 'true'], ['bool-number', 1]];
    case 'enum': return [...P.ENUMS.map(([n, f]) => [n, f(current ?? 'X')]), ...T];
    case 'uuid': return [...P.UUIDS, ...T];
    case 'target': return [...P.TARGET_VALUES, ...P.STRINGS, ...P.NUMBERS.filter(([n]) => P.CORE_NUMBER.has(n)), ...T, ...own];
    case 'array': return [...P.ARRAYS.map(([n, v]) => [n, typeof v === 'function' ? v(Array.isArray(current) ? current[0] : undefined) : v]), ...T];
    case 'object': return [...T, ['deep-object-5000', P.deepObject(5000)], ...P.OBJECT_EXTRAS.map(([n, v]) => [n, { ...(current && typeof current === 'object' ? current : {}), ...v }])];
    default: return [...P.STRINGS, ...T, ['str-exp-huge', '1E+100000000'], ...own];
  }
}

// The headline inputs of each field kind, always sent; the other values of valuesFor are sampled.
const CORE_BY_KIND = {
  money: ['str-exp-huge', 'num-exp-huge', 'num-neg-zero', 'str-neg-zero-money', 'num-underflow', 'str-underflow', 'num-400-digits', 'str-400-digits', 'num-NaN', 'str-NaN',
    'num-Infinity', 'str-fullwidth', 'money-sub-fen', 'money-negative', 'money-17-digits', 'str-exp-huge-wan', 'str-trailing-nul', 'type-object', 'type-true'],
  number: ['str-exp-huge', 'num-exp-huge', 'num-neg-zero', 'num-underflow', 'num-400-digits', 'num-NaN', 'num-Infinity', 'str-plus', 'str-fullwidth', 'num-int-overflow', 'num-fraction', 'type-object', 'type-null',
    'num-below-minimum', 'num-above-maximum', 'year-of-another-table'],
  string: ['str-nul', 'str-escaped-nul', 'str-control', 'str-rtl', 'str-lone-surrogate', 'str-emoji', 'str-long-10k', 'type-object', 'type-number', 'str-over-max-length', 'str-max-length-cjk',
    'code-of-another-department', 'framework-unknown'],
  target: [...P.TARGET_VALUES.map(([n]) => n), 'str-nul', 'str-lone-surrogate', 'type-number', 'str-max-length-cjk'],
  uuid: ['uuid-not', 'uuid-of-nothing', 'uuid-nil', 'type-number'],
  enum: ['enum-lowercase', 'enum-unknown', 'enum-number'],
  array: ['arr-20001', 'arr-duplicated', 'deep-array-5000', 'type-object'],
  object: ['type-empty-array', 'deep-object-5000', 'unknown-property'],
  boolean: ['type-object', 'bool-string'],
};
const isCore = (kind, name) => (CORE_BY_KIND[kind] || []).includes(name);

// After a hang, the same input is not sent to that operation again; these inputs count as one (the same
// hostile exponent in a decimal string, whatever the field or unit).
const hangClass = (name) => (['str-exp-huge', 'str-exp-huge-neg', 'str-exp-huge-wan'].includes(name) ? 'exp-huge-decimal-string' : name);

const PATH_VALUES = [
  ['id-not-uuid', () => 'not-a-uuid', true], ['id-one', () => '1'], ['id-minus-one', () => '-1'], ['id-zero', () => '0'],
  ['id-null', () => 'null'], ['id-nil-uuid', () => '00000000-0000-0000-0000-000000000000'], ['id-uuid-of-nothing', () => 'c0ffee00-dead-4bee-8f00-00000000abcd', true],
  ['id-uppercase', (v) => String(v).toUpperCase()], ['id-no-dashes', (v) => String(v).replace(/-/g, '')], ['id-braces', (v) => `%7B${v}%7D`],
  ['id-trailing-junk', (v) => `${v}x`], ['id-encoded-nul', (v) => `${v}%00`, true], ['id-encoded-space', (v) => `%20${v}`],
  ['id-long-5000', () => 'a'.repeat(5000), true], ['id-fullwidth-digits', () => encodeURIComponent('１２３')], ['id-rtl', (v) => `%E2%80%AE${v}`],
  ['id-emoji', () => '%F0%9F%98%80'], ['id-dotdot', () => '..'], ['id-encoded-dotdot', () => '%2e%2e'], ['id-encoded-slash', (v) => `${v}%2F${v}`, true],
  ['id-encoded-backslash', () => '%5C'], ['id-sql', () => encodeURIComponent("' OR 1=1--")], ['id-exp', () => '1e3'], ['id-int-overflow', () => '2147483648', true],
  ['id-long-overflow', () => '99999999999999999999'], ['id-plus', () => '+1'], ['id-neg-zero', () => '-0'], ['id-decimal', () => '1.0'],
  ['id-NaN', () => 'NaN'], ['id-exp-huge', () => '1E%2B100000000', true], ['id-empty', () => ''], ['id-encoded-nul-only', () => '%00'],
  ['id-control', () => '%01%1B%7F'], ['id-pct-encoded-all', (v) => [...String(v)].map((ch) => `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')],
];
// Sent over a raw socket: what an HTTP client library would refuse or repair.
const RAW_PATH_VALUES = [
  ['raw-pct-incomplete', () => '%', true], ['raw-pct-invalid', () => '%ZZ', true], ['raw-pct-truncated-utf8', () => '%E4%B8', true],
  ['raw-pct-overlong-utf8', () => '%C0%AF'], ['raw-pct-invalid-utf8', () => '%FF%FE'], ['raw-pct-G', () => '%G1'],
  ['raw-pct-tail', (v) => `${v}%0`], ['raw-braces', (v, n) => `{${n}}`, true], ['raw-utf8-bytes', () => '侨😀'],
  ['raw-space', () => 'a b'], ['raw-nul-byte', () => 'a\u0000b'], ['raw-backslash', () => 'a\\b'], ['raw-pct-lone-surrogate', () => '%ED%A0%80'],
  ['raw-quote', () => '"\'<>`|^'],
];
const RAW_NO_RESPONSE_OK = new Set(['raw-space', 'raw-nul-byte']);

const QUERY_VALUES = {
  integer: [['q-plus', '+2024', true], ['q-leading-space', ' 2024', true], ['q-fullwidth', '２０２４', true], ['q-negative', '-1', true], ['q-huge', '99999999999999999999', true],
    ['q-exp', '1e3'], ['q-hex', '0x10'], ['q-empty', '', true], ['q-NaN', 'NaN'], ['q-Infinity', 'Infinity'], ['q-decimal', '1.5'], ['q-neg-zero', '-0'],
    ['q-exp-huge', '1E+100000000', true], ['q-400-digits', D400, true], ['q-nul', '1\u0000', true], ['q-int-overflow', '2147483648', true],
    ['q-long-overflow', '9223372036854775808'], ['q-alpha', 'abc'], ['q-trailing-space', '2024 '], ['q-arabic-digits', '٢٠٢٤', true], ['q-newline', '1\n'], ['q-rtl', '\u202E2024']],
  boolean: [['q-bool-upper', 'TRUE', true], ['q-bool-yes', 'yes', true], ['q-bool-one', '1'], ['q-empty', '', true], ['q-bool-space', 'true '], ['q-bool-fullwidth', 'ｔｒｕｅ', true], ['q-nul', 'true\u0000', true]],
  string: [['q-long-10k', 'a'.repeat(10000), true], ['q-nul', 'a\u0000b', true], ['q-control', '\u0001\u001b[0m'], ['q-rtl', '\u202Eabc', true], ['q-emoji', '😀'], ['q-fullwidth', 'ＦＺ－Ａ', true],
    ['q-sql', "' OR 1=1--"], ['q-like-wildcards', '%_%\\'], ['q-empty', '', true], ['q-not-uuid', 'not-a-uuid', true], ['q-lowercase', 'draft'], ['q-unknown-enum', 'NOPE'],
    ['q-exp-huge', '1E+100000000'], ['q-uuid-of-nothing', 'c0ffee00-dead-4bee-8f00-000000000001', true], ['q-long-100k', 'b'.repeat(100000)]],
};
const RAW_QUERY_VALUES = [
  ['raw-q-pct-invalid', (n) => `${n}=%ZZ`, true], ['raw-q-pct-incomplete', (n) => `${n}=%`, true], ['raw-q-pct-truncated-utf8', (n) => `${n}=%E4%B8`, true],
  ['raw-q-pct-overlong', (n) => `${n}=%C0%AF`], ['raw-q-raw-utf8', (n) => `${n}=侨`, true], ['raw-q-pct-name', () => '%ZZ=1', true], ['raw-q-lone-surrogate', (n) => `${n}=%ED%A0%80`],
  ['raw-q-hash', (n) => `${n}=1#frag`], ['raw-q-semicolon', (n) => `${n}=1;${n}=2`], ['raw-q-braces', (n) => `${n}={x}`],
];

const ACCEPTS = [
  ['accept-xml', 'application/xml', true], ['accept-html', 'text/html'], ['accept-png', 'image/png'], ['accept-q0', '*/*;q=0'],
  ['accept-json-q0', 'application/json;q=0'], ['accept-bad-q', 'application/json;q=abc', true], ['accept-text-any', 'text/*'], ['accept-semicolons', ';;;'],
  ['accept-commas', ',,,'], ['accept-xlsx', XLSX_TYPE, true], ['accept-tsv', 'text/tab-separated-values', true], ['accept-problem', 'application/problem+json'],
  ['accept-json-latin1', 'application/json; charset=latin1'], ['accept-500-types', Array.from({ length: 500 }, (_, i) => `application/x-t${i}`).join(', ')],
  ['accept-suffix', 'application/*+json'], ['accept-empty', '', true], ['accept-garbage', '\u00ff\u00fe/x'], ['accept-xlsx-then-json', `${XLSX_TYPE}, application/json;q=0.5`],
];
const IF_MATCH = [
  ['if-match-absent', undefined, true], ['if-match-stale', '"0"', true], ['if-match-garbage', 'garbage', true], ['if-match-lone-quote', '"', true],
  ['if-match-weak', 'W/"1"'], ['if-match-star-list', '*, "x"'], ['if-match-long', `"${'a'.repeat(10000)}"`, true], ['if-match-empty-tag', '""'],
  ['if-match-comma', ','], ['if-match-two', '"a" "b"'], ['if-match-fullwidth', '"１"', true], ['if-match-nul', '"\u0000"', true], ['if-match-huge-number', `"${D400}"`],
];
const IF_NONE_MATCH = [['if-none-match-star', '*', true], ['if-none-match-garbage', 'garbage', true], ['if-none-match-list', 'W/"x", "y"'], ['if-none-match-long', `"${'b'.repeat(10000)}"`], ['if-none-match-empty', '""'], ['if-none-match-nul', '"\u0000"', true]];
const IDEMPOTENCY = [['idem-empty', '', true], ['idem-space', ' ', true], ['idem-300', 'k'.repeat(300), true], ['idem-inner-space', 'a b'], ['idem-unicode', 'ключ-侨', true], ['idem-nul', 'a\u0000b', true], ['idem-255', 'x'.repeat(255)]];
const REQUEST_IDS = [['reqid-65', 'r'.repeat(65)], ['reqid-space', 'a b'], ['reqid-path', '../../etc/passwd'], ['reqid-unicode', '请求😀'], ['reqid-nul', 'a\u0000b', true], ['reqid-html', '<script>x</script>'], ['reqid-10k', 'r'.repeat(10000)]];
const OTHER_HEADERS = [
  ['huge-header-16k', [['X-Fuzz', 'a'.repeat(16 * 1024)]]], ['huge-header-64k', [['X-Fuzz', 'a'.repeat(64 * 1024)]], true],
  ['many-headers-300', Array.from({ length: 300 }, (_, i) => [`X-Fuzz-${i}`, 'v'.repeat(60)]), true], ['huge-header-name', [[`X-${'n'.repeat(10000)}`, '1']]],
  ['huge-cookie', [['Cookie', `a=${'c'.repeat(12000)}`]]], ['host-evil', [['Host', 'evil.example']]], ['origin-evil', [['Origin', 'https://evil.example']], true],
  ['method-override', [['X-HTTP-Method-Override', 'DELETE']]], ['range', [['Range', 'bytes=0-1']]], ['accept-encoding-odd', [['Accept-Encoding', 'gzip;q=abc, br;q=2, *;q=-1']]],
  ['accept-language-odd', [['Accept-Language', 'zz-ZZ;q=x,*;q=']]], ['accept-charset-odd', [['Accept-Charset', 'utf-7']]], ['content-encoding-gzip', [['Content-Encoding', 'gzip']]],
  ['expect-100-continue', [['Expect', '100-continue']]], ['expect-garbage', [['Expect', 'garbage']]], ['forwarded-garbage', [['Forwarded', 'for=;;;proto=gopher'], ['X-Forwarded-For', '::::,%%']]],
  ['header-control-chars', [['X-Fuzz', 'a\u0001\u001b[31mb']], true], ['header-utf8', [['X-Fuzz', '侨😀\u202E']]], ['header-crlf-injection', [['X-Fuzz', 'a\r\nX-Injected: 1']]],
  ['duplicate-authorization', [['Authorization', 'Bearer garbage']]],
];
const CONTENT_TYPES = [
  ['ct-text-plain', 'text/plain', true], ['ct-xml', 'application/xml', true], ['ct-form', 'application/x-www-form-urlencoded', true], ['ct-multipart', 'multipart/form-data; boundary=xyz', true],
  ['ct-json-latin1', 'application/json; charset=ISO-8859-1'], ['ct-json-utf16', 'application/json; charset=UTF-16', true], ['ct-json-bad-charset', 'application/json; charset=nonsense', true],
  ['ct-jsonx', 'application/jsonx'], ['ct-uppercase', 'APPLICATION/JSON'], ['ct-semicolons', 'application/json;;;'], ['ct-lone-semicolon', ';', true], ['ct-empty', '', true],
  ['ct-absent', null, true], ['ct-merge-patch', 'application/merge-patch+json'], ['ct-problem', 'application/problem+json'], ['ct-tsv', 'text/tab-separated-values', true],
  ['ct-wildcard', '*/*', true], ['ct-xlsx', XLSX_TYPE, true], ['ct-long-param', `application/json; x=${'a'.repeat(2000)}`], ['ct-octet', 'application/octet-stream'],
  ['ct-gb18030-text', 'text/plain; charset=GB18030'], ['ct-garbage', '\u00ff/\u00fe', true], ['ct-boundary-missing', 'multipart/form-data'],
];

// Bodies that do not depend on the operation, built once (some are megabytes).
let bigBodies;
function sharedBodies() {
  if (!bigBodies) {
    bigBodies = [
      ['body-deep-array-5000', P.deepArray(5000).text, true], ['body-deep-object-5000', P.deepObject(5000).text, true], ['body-deep-array-100000', '['.repeat(100000), true],
      ['body-3mb', `{"name":"${'x'.repeat(3 * 1024 * 1024)}"}`, true], ['body-11mb', Buffer.from(`{"name":"${'y'.repeat(11 * 1024 * 1024)}"}`), true],
      ['many-unknown-properties', `{${Array.from({ length: 20000 }, (_, i) => `"p${i}":${i}`).join(',')}}`, true],
    ];
  }
  return bigBodies;
}

function bodyVariants(validText) {
  const v = validText;
  const out = [
    ['body-empty', '', true], ['body-null', 'null', true], ['body-array', '[]', true], ['body-string', '"x"'], ['body-number', '0'], ['body-true', 'true'],
    ['body-empty-object', '{}', true], ['body-truncated', v.slice(0, Math.floor(v.length / 2)), true], ['body-trailing-garbage', `${v}}`, true], ['body-two-documents', v + v],
    ['body-invalid-utf8', Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('"}')]), true],
    ['body-overlong-utf8', Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf]), Buffer.from('"}')])],
    ['body-bom', `\uFEFF${v}`, true], ['body-utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(v, 'utf16le')]), true], ['body-latin1', Buffer.from(v, 'latin1')],
    ['body-comments', `/* c */${v}`], ['body-single-quotes', "{'a':'b'}"], ['body-unquoted-keys', '{a:1}'], ['body-trailing-comma', v.replace(/}\s*$/, ',}')],
    ['body-nul-outside-string', '{\u0000}', true], ['body-raw-control-in-string', '{"name":"a\u0001\u0000b"}', true], ['body-nan-top', 'NaN'], ['body-huge-number-top', '1E+999999999', true],
    ...sharedBodies(),
  ];
  if (v.startsWith('{')) {
    const obj = JSON.parse(v);
    const k = Object.keys(obj)[0];
    const add = (extra) => v.replace(/}\s*$/, `${Object.keys(obj).length ? ',' : ''}${extra}}`);
    out.push(['body-unknown-property', add('"unknownProperty":1'), true]);
    out.push(['body-read-only-properties', add('"id":"c0ffee00-dead-4bee-8f00-000000000001","status":"APPROVED","createdAt":"2024-01-01T00:00:00Z","version":7,"totals":{}'), true]);
    out.push(['body-proto', add('"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}')]);
    if (k) out.push(['body-duplicate-keys', `{${JSON.stringify(k)}:null,${v.trim().slice(1)}`, true]);
  }
  return out;
}

function fileVariants() {
  const tsv = st.tsv.toString('utf8');
  const flip = (buf, n) => { const b = Buffer.from(buf); for (let i = 0; i < n; i++) { const at = 30 + rng.int(b.length - 30); b[at] ^= 1 << rng.int(8); } return b; };
  const replaceNumbers = (text, f) => text.replace(/\d+(?:\.\d+)?/g, f);
  return [
    ['file-empty', Buffer.alloc(0), true], ['file-garbage', Buffer.from(Array.from({ length: 8192 }, () => rng.int(256))), true],
    ['file-xlsx-truncated', st.xlsx.subarray(0, Math.floor(st.xlsx.length / 2)), true], ['file-xlsx-bitflips', flip(st.xlsx, 20), true], ['file-xlsx-bitflips-more', flip(st.xlsx, 200)],
    ['file-zip-not-xlsx', Buffer.from('504b0506000000000000000000000000000000000000', 'hex'), true], ['file-ole-xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]), true],
    ['file-tsv-nul', Buffer.from(tsv.replace(/\t/g, '\t\u0000')), true], ['file-tsv-exp-huge', Buffer.from(replaceNumbers(tsv, () => '1E+100000000')), true],
    ['file-tsv-400-digits', Buffer.from(replaceNumbers(tsv, () => D400)), true], ['file-tsv-neg-zero', Buffer.from(replaceNumbers(tsv, () => '-0'))],
    ['file-tsv-fullwidth', Buffer.from(tsv.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))), true],
    ['file-tsv-hostile-cells', Buffer.from(tsv.split('\n').map((l) => l.split('\t').map((c, i) => (i % 2 ? `\u202E${c}\u0001` : c)).join('\t')).join('\n')), true],
    ['file-tsv-formulas', Buffer.from(tsv.replace(/\t/g, '\t=1+1')), true], ['file-tsv-utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')])],
    ['file-tsv-gb18030-garbage', Buffer.from(Array.from({ length: 4096 }, () => 0x81 + rng.int(0x7e))), true], ['file-tsv-long-line', Buffer.from(`${'x\t'.repeat(100000)}\n`), true],
    ['file-tsv-many-lines', Buffer.from('\t\n'.repeat(200000)), true], ['file-tsv-truncated', Buffer.from(tsv.slice(0, Math.floor(tsv.length / 3)))],
    ['file-xml', Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'), true], ['file-json', Buffer.from('{"a":1}')],
    ['file-11mb', Buffer.alloc(11 * 1024 * 1024, 0x41), true],
  ];
}

// --------------------------------------------------------------------------------------------- cases
const cases = [];
function addCase(op, group, where, input, mutate, opts = {}) {
  cases.push({
    op, group, where, input, mutate,
    cls: opts.cls || hangClass(input),
    core: !!opts.core,
    danger: P.DANGER.has(input) || P.DANGER.has(opts.cls) || !!opts.danger,
    expectResponse: opts.expectResponse,
    steps: opts.steps,
    base: baseReq(op, opts.example),
  });
}

function generateCases() {
  const firstOfPath = new Map();
  for (const op of operations) if (!firstOfPath.has(op.path)) firstOfPath.set(op.path, op);
  const methodsOfPath = new Map();
  for (const op of spec.operations) methodsOfPath.set(op.path, [...(methodsOfPath.get(op.path) || []), op.method]);

  for (const op of operations) {
    const isWrite = ['PUT', 'PATCH', 'DELETE'].includes(op.method);
    const declared = (inn, name) => op.params.some((p) => p.in === inn && p.name === name);
    // Valid requests with every role.
    addCase(op, 'valid', '', 'valid-default-role', () => {}, { core: true });
    addCase(op, 'valid', '', 'valid-default-role', () => {}, { core: true });
    for (const role of Object.keys(tokens)) addCase(op, 'role', 'Authorization', `role-${role}`, (r) => { r.auth = `Bearer ${tokens[role]}`; }, { core: true });
    for (const [name, value, core] of BAD_AUTH) addCase(op, 'auth', 'Authorization', name, (r) => { r.auth = value; }, { core });

    // Path parameters.
    for (const prm of op.params.filter((p) => p.in === 'path')) {
      for (const [name, f, core] of PATH_VALUES) addCase(op, 'path', `{${prm.name}}`, name, (r) => { r.rawPathParams[prm.name] = f(r.pathParams[prm.name]); }, { core });
      for (const [name, f, core] of RAW_PATH_VALUES) {
        addCase(op, 'path', `{${prm.name}}`, name, (r) => { r.rawPathParams[prm.name] = f(r.pathParams[prm.name], prm.name); r.forceRaw = true; }, { core, expectResponse: RAW_NO_RESPONSE_OK.has(name) ? false : undefined });
      }
    }
    // Query parameters.
    const queryParams = op.params.filter((p) => p.in === 'query');
    for (const prm of queryParams) {
      const s = flat(prm.schema);
      const kind = s.type === 'integer' || s.type === 'number' ? 'integer' : s.type === 'boolean' ? 'boolean' : 'string';
      const replace = (r, value) => { r.query = r.query.filter(([k]) => k !== prm.name); r.query.push([prm.name, value]); };
      for (const [name, value, core] of QUERY_VALUES[kind]) addCase(op, 'query', prm.name, name, (r) => replace(r, value), { core, danger: ['q-exp-huge', 'q-400-digits'].includes(name) });
      addCase(op, 'query', prm.name, 'q-repeated', (r) => { r.query.push([prm.name, '1'], [prm.name, '2']); }, { core: true });
      addCase(op, 'query', prm.name, 'q-no-value', (r) => { r.query = r.query.filter(([k]) => k !== prm.name); r.query.push([prm.name, null]); });
      addCase(op, 'query', prm.name, 'q-array-syntax', (r) => { r.query.push([`${prm.name}[]`, '1']); });
      addCase(op, 'query', prm.name, 'q-lone-surrogate', (r) => { r.rawQuery = `${prm.name}=%ED%A0%80`; });
      for (const [name, f, core] of RAW_QUERY_VALUES) addCase(op, 'query', prm.name, name, (r) => { r.rawQuery = [...r.query.filter(([k]) => k !== prm.name).map(([k, v]) => `${k}=${encodeURIComponent(v ?? '')}`), f(prm.name)].join('&'); r.forceRaw = true; }, { core });
    }
    addCase(op, 'query', 'unknown', 'q-unknown-param', (r) => { r.query.push(['unknownParam', '1']); }, { core: true });
    addCase(op, 'query', 'unknown', 'q-proto', (r) => { r.query.push(['__proto__', '1'], ['constructor[prototype]', 'x']); });
    addCase(op, 'query', 'unknown', 'q-2000-params', (r) => { for (let i = 0; i < 2000; i++) r.query.push([`p${i}`, String(i)]); }, { core: true });
    if (!queryParams.length) addCase(op, 'query', 'page', 'q-undeclared-page-negative', (r) => { r.query.push(['page', '-1'], ['size', D400]); });

    // Headers.
    for (const [name, value, core] of ACCEPTS) addCase(op, 'header', 'Accept', name, (r) => { r.headers.Accept = value; }, { core });
    addCase(op, 'header', 'Accept', 'accept-absent', (r) => { delete r.headers.Accept; });
    if (isWrite || declared('header', 'If-Match')) for (const [name, value, core] of IF_MATCH) addCase(op, 'header', 'If-Match', name, (r) => { r.headers['If-Match'] = value; }, { core });
    else addCase(op, 'header', 'If-Match', 'if-match-on-read', (r) => { r.headers['If-Match'] = 'garbage'; });
    if (op.method === 'GET') for (const [name, value, core] of IF_NONE_MATCH) addCase(op, 'header', 'If-None-Match', name, (r) => { r.headers['If-None-Match'] = value; }, { core: core && declared('header', 'If-None-Match') });
    if (declared('header', 'Idempotency-Key')) {
      for (const [name, value, core] of IDEMPOTENCY) addCase(op, 'header', 'Idempotency-Key', name, (r) => { r.headers['Idempotency-Key'] = value; }, { core });
      addCase(op, 'sequence', 'Idempotency-Key', 'idem-replay-same-body', null, { core: true, steps: 'replay-same' });
      addCase(op, 'sequence', 'Idempotency-Key', 'idem-reuse-other-body', null, { core: true, steps: 'replay-other' });
    }
    if (op.method !== 'GET') {
      // The same request twice at the same moment: one may win, the other must be refused cleanly.
      addCase(op, 'sequence', 'concurrency', 'concurrent-duplicate', null, { core: true, steps: 'concurrent' });
    }
    for (const [name, value, core] of REQUEST_IDS) addCase(op, 'header', 'X-Request-Id', name, (r) => { r.headers['X-Request-Id'] = value; }, { core });
    for (const [name, list, core] of OTHER_HEADERS) {
      addCase(op, 'header', 'other', name, (r) => {
        for (const [k, v] of list) {
          if (k === 'Host') r.noHost = true;
          r.extraHeaders.push([k, v]);
        }
        if (k0(list) === 'Host') r.forceRaw = true;
      }, { core });
    }

    // Media types and bodies.
    if (op.requestBody) {
      for (const [name, value, core] of CONTENT_TYPES) addCase(op, 'media', 'Content-Type', name, (r) => { r.contentType = value; }, { core });
      const rich = richestExample(op);
      const base = materialize(baseReq(op, rich));
      if (base.binary) {
        for (const [name, bytes, core] of fileVariants()) {
          const type = /^file-(xlsx|zip|ole)/.test(name) ? XLSX_TYPE : 'text/tab-separated-values';
          addCase(op, 'file', 'body', name, (r) => { r.bodyBytes = bytes; r.contentType = type; }, { core });
        }
        for (const [name, core] of [['import-no-department', true], ['import-create-department-editor', true], ['import-unknown-framework', true], ['import-department-id-of-nothing', false], ['import-both-department-params', false]]) {
          const code = `${RUN}-NEW-${rng.int(1e6)}`;
          const nothing = rng.uuid();
          addCase(op, 'query', 'import', name, (r) => {
            r.query = r.query.filter(([k]) => k !== 'departmentCode');
            if (name === 'import-create-department-editor') r.query.push(['departmentCode', code], ['createDepartment', 'true']);
            if (name === 'import-unknown-framework') r.query.push(['departmentCode', `${RUN}-B`], ['frameworkCode', 'nope-2099']);
            if (name === 'import-department-id-of-nothing') r.query.push(['departmentId', nothing]);
            if (name === 'import-both-department-params') r.query.push(['departmentId', st.deptA], ['departmentCode', `${RUN}-B`]);
          }, { core });
        }
      } else {
        const validText = base.body === undefined ? '' : P.toJson(base.body);
        for (const [name, text, core] of bodyVariants(validText)) addCase(op, 'body', 'body', name, (r) => { r.bodyBytes = text; }, { core, example: rich });
        // One field at a time of the valid body (always the richest example, so every path exists).
        const schema = base.bodySchema || {};
        for (const f of fieldPaths(base.body, schema)) {
          const kind = fieldKind(f);
          const where = pathLabel(f.keys);
          const parentKeys = f.keys.slice(0, -1);
          const current = f.present ? getAt(base.body, f.keys) : undefined;
          const opts = { example: rich };
          for (const [name, value, extra] of valuesFor(kind, current, f.schema, String(f.keys[f.keys.length - 1]))) {
            const core = f.present ? isCore(kind, name) : ['type-object', 'str-nul', 'str-exp-huge', 'num-exp-huge'].includes(name);
            addCase(op, 'field', where, name, (r) => {
              const parent = getAt(r.body, parentKeys);
              if (!parent || typeof parent !== 'object') throw new Error(`field ${where} missing in the body of ${op.id}`);
              setAt(r.body, f.keys, value);
              if (extra && extra.amountUnit && !Array.isArray(r.body)) r.body.amountUnit = extra.amountUnit;
            }, { ...opts, core });
          }
          if (!f.present) {
            const generated = generate(f.schema);
            addCase(op, 'field', where, 'absent-field-generated', (r) => { setAt(r.body, f.keys, generated); }, opts);
          } else if (!(flat(schema).required || []).includes(f.keys[0]) || f.keys.length > 1) {
            addCase(op, 'field', where, 'field-removed', (r) => { delete getAt(r.body, parentKeys)[f.keys[f.keys.length - 1]]; }, opts);
          }
        }
      }
    } else {
      addCase(op, 'media', 'body', 'body-on-bodiless-operation', (r) => { r.bodyBytes = '{"unexpected":true}'; r.contentType = 'application/json'; }, { core: true });
      addCase(op, 'media', 'body', 'garbage-body-on-bodiless-operation', (r) => { r.bodyBytes = '\u0000\u0001garbage{'; r.contentType = 'application/xml'; });
      addCase(op, 'media', 'body', 'deep-body-on-bodiless-operation', (r) => { r.bodyBytes = P.deepArray(5000).text; r.contentType = 'application/json'; }, { cls: 'body-deep-array-5000' });
    }

    // Per path: wrong methods and raw HTTP oddities.
    if (firstOfPath.get(op.path) === op) {
      const declaredMethods = methodsOfPath.get(op.path);
      const undeclared = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'].filter((m) => !declaredMethods.includes(m));
      for (const m of ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'FOO', 'get', 'PROPFIND', 'CONNECT']) {
        if (declaredMethods.includes(m)) continue;
        const core = m === undeclared[0] || m === 'TRACE' || m === 'FOO';
        addCase(op, 'method', 'method', `method-${m}`, (r) => { r.method = m; if (!/^(GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE)$/.test(m)) r.forceRaw = true; }, { core, expectResponse: m === 'CONNECT' ? false : undefined });
      }
      const full = (r) => render({ ...r, rawPath: null }).path;
      const RAW = [
        ['uri-10k', (r) => { r.rawPath = `${full(r)}${full(r).includes('?') ? '&' : '?'}a=${'x'.repeat(10000)}`; }, true],
        ['uri-100k', (r) => { r.rawPath = `${full(r)}${full(r).includes('?') ? '&' : '?'}a=${'x'.repeat(100000)}`; }, false],
        ['path-10k', (r) => { r.rawPath = `${full(r)}/${'p'.repeat(10000)}`; }, true],
        ['double-slash', (r) => { r.rawPath = full(r).replace('/api/v1/', '/api//v1/'); }, false],
        ['dot-segment', (r) => { r.rawPath = full(r).replace('/api/v1/', '/api/v1/./'); }, false],
        ['dotdot-segment', (r) => { r.rawPath = full(r).replace('/api/v1/', '/api/v1/x/../'); }, false],
        ['encoded-dotdot-segment', (r) => { r.rawPath = full(r).replace('/api/v1/', '/api/v1/x/%2e%2e/'); }, false],
        ['trailing-slash', (r) => { r.rawPath = full(r).replace(/(\?|$)/, '/$1'); }, false],
        ['matrix-param', (r) => { r.rawPath = full(r).replace(/(\?|$)/, ';jsessionid=x$1'); }, false],
        ['encoded-letter', (r) => { r.rawPath = full(r).replace('/api/v1/', '/api/v1/%').replace('/api/v1/%', `/api/v1/%${full(r).charCodeAt(8).toString(16)}`).replace(/(\/api\/v1\/%..)./, '$1'); }, false],
        ['uppercase-path', (r) => { r.rawPath = full(r).replace('/api/v1/', '/API/V1/'); }, false],
        ['absolute-form', (r) => { r.rawPath = `${cfg.base}${full(r)}`; r.forceRaw = true; }, false],
        ['http10-no-host', (r) => { r.version = 'HTTP/1.0'; r.noHost = true; r.forceRaw = true; }, true],
        ['fragment', (r) => { r.rawPath = `${full(r)}#frag`; r.forceRaw = true; }, false],
        ['header-obs-fold', (r) => { r.extraHeaders.push(['X-Folded', 'a\r\n  b']); r.forceRaw = true; }, false, false],
        ['header-without-colon', (r) => { r.extraHeaders.push(['X-Broken\r\nNoColonLine', 'x']); r.forceRaw = true; }, false, false],
        ['header-nul-byte', (r) => { r.extraHeaders.push(['X-Nul', 'a\u0000b']); r.forceRaw = true; }, true, false],
        ['header-space-before-colon', (r) => { r.extraHeaders.push(['X-Space ', 'a']); r.forceRaw = true; }, false, false],
        ['content-length-negative', (r) => { r.extraHeaders.push(['Content-Length', '-1']); r.forceRaw = true; }, false, false],
        ['content-length-duplicate', (r) => { r.bodyBytes = '{}'; r.extraHeaders.push(['Content-Length', '2'], ['Content-Length', '3']); r.forceRaw = true; }, true, false],
        ['content-length-and-chunked', (r) => { r.bodyBytes = '2\r\n{}\r\n0\r\n\r\n'; r.extraHeaders.push(['Content-Length', '4'], ['Transfer-Encoding', 'chunked']); r.forceRaw = true; }, false, false],
        ['chunked-malformed', (r) => { r.bodyBytes = 'zz\r\n{}\r\n0\r\n\r\n'; r.extraHeaders.push(['Transfer-Encoding', 'chunked']); r.forceRaw = true; }, true, false],
        ['chunked-huge-size', (r) => { r.bodyBytes = 'FFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n'; r.extraHeaders.push(['Transfer-Encoding', 'chunked']); r.forceRaw = true; }, false, false],
        ['transfer-encoding-unknown', (r) => { r.bodyBytes = '{}'; r.extraHeaders.push(['Transfer-Encoding', 'gzip, identity']); r.forceRaw = true; }, false, false],
        ['http2-preface-version', (r) => { r.version = 'HTTP/2.0'; r.forceRaw = true; }, false, false],
        ['http-version-garbage', (r) => { r.version = 'HTTP/9.9'; r.forceRaw = true; }, false, false],
      ];
      for (const [name, f, core, expectResponse] of RAW) addCase(op, 'raw', 'request', name, f, { core, expectResponse });
    }
  }
}
const k0 = (list) => (list[0] ? list[0][0] : '');

// ------------------------------------------------------------------------------------------ execution
const findings = [];
const dismissed = [];
const skipped = {};
const notes = {};
const perOperation = {};
const statusByOperation = {};
const validStatuses = {};
const statusByInput = {};
const statusCounts = {};
const protocolRefusals = {}; // malformed HTTP answered 400 + close by the codec (checks.mjs, MALFORMED_HTTP)
const suppressed = new Set();
let sent = 0;
let restarts = 0;
let incomplete = null;
let dangerInFlight = 0;

function describe(c, req) {
  const hdrs = headerEntries(req.headers).filter(([k]) => !/^(x-request-id)$/i.test(k))
    .map(([k, v]) => `${k}: ${String(v).length > 60 ? `${String(v).slice(0, 60)}…(${String(v).length})` : v}`);
  const body = req.body === undefined ? '' : Buffer.isBuffer(req.body) ? `<${req.body.length} bytes>` : req.body.length > 240 ? `${req.body.slice(0, 240)}…(${req.body.length} chars)` : req.body;
  const esc = (t) => t.replace(/[\u0000-\u001f\u007f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
  const pathShown = esc(req.path.length > 200 ? `${req.path.slice(0, 200)}…(${req.path.length})` : req.path);
  return { method: req.method, path: pathShown, headers: hdrs.map((h) => JSON.stringify(h).slice(1, -1)), body: JSON.stringify(body).slice(1, -1) };
}

// The request of a case: its base materialised, then its one mutation applied.
function prepare(c) {
  const r = materialize(c.base);
  if (c.mutate) c.mutate(r);
  return render(r);
}

async function execute(c, req) {
  const res = await client.send({ method: req.method, path: req.path, headers: req.headers, body: req.body, ...(req.forceRaw ? { raw: buildRaw(req, new URL(cfg.base).host) } : {}) });
  sent++;
  perOperation[c.op.id] = (perOperation[c.op.id] || 0) + 1;
  const key = res.timeout ? 'timeout' : res.error ? 'error' : String(res.status);
  statusCounts[key] = (statusCounts[key] || 0) + 1;
  const byOp = (statusByOperation[c.op.id] = statusByOperation[c.op.id] || {});
  byOp[key] = (byOp[key] || 0) + 1;
  const byInput = (statusByInput[`${c.group}:${c.input}`] = statusByInput[`${c.group}:${c.input}`] || {});
  byInput[key] = (byInput[key] || 0) + 1;
  if (c.group === 'valid') {
    const v = (validStatuses[c.op.id] = validStatuses[c.op.id] || {});
    v[key] = (v[key] || 0) + 1;
  }
  return res;
}

function recordFinding(c, req, res, f, extra = {}) {
  const requestId = (headerEntries(req.headers).find(([k]) => k.toLowerCase() === 'x-request-id') || [])[1];
  const entry = {
    operation: c.op.id, method: req.method, path: c.op.path, group: c.group, where: c.where, input: c.input, inputClass: c.cls,
    status: res.timeout ? 'timeout' : res.error ? 'no-response' : res.status, ms: res.ms, kind: f.kind, reason: f.reason,
    request: describe(c, req), requestId,
    response: res.body ? { contentType: res.headers && res.headers['content-type'], body: res.body.toString('utf8').slice(0, 400) } : undefined,
    ...extra,
  };
  findings.push(entry);
  const req1 = entry.request;
  log(`FINDING ${entry.kind} [${entry.operation}] ${req1.method} ${req1.path}\n    input: ${c.group} ${c.where} = ${c.input}\n    request: ${[...req1.headers.filter((h) => !/^Authorization/i.test(h)).slice(0, 6), req1.body ? `body ${req1.body.slice(0, 160)}` : ''].filter(Boolean).join(' | ')}\n    → ${entry.status} in ${res.ms} ms: ${f.reason}`);
}

// Runs the case (or its steps) and classifies the outcome; slow answers become suspects, re-checked alone.
async function runCase(c, ctx) {
  const reqs = [];
  if (c.steps === 'replay-same' || c.steps === 'replay-other') {
    // The same Idempotency-Key twice: with the same request (replayed), or with another one (422).
    const key = `fz-${runTag}-idem-${++st.counter}`;
    const r = materialize(c.base);
    r.headers['Idempotency-Key'] = key;
    const first = render(r);
    if (c.steps === 'replay-same') reqs.push(first, { ...first, headers: first.headers.map(([k, v]) => [k, /^x-request-id$/i.test(k) ? `${v}-2` : v]) });
    else {
      if (Buffer.isBuffer(r.body)) r.bodyBytes = Buffer.concat([r.body, Buffer.from('\n')]);
      else if (r.body && typeof r.body === 'object') {
        if (typeof r.body.name === 'string') r.body.name += ' 2';
        else if (typeof r.body.code === 'string') r.body.code += 'X';
        else if (typeof r.body.fiscalYear === 'number') r.body.fiscalYear += 1;
        else r.body.comment = 'different';
      }
      r.headers['X-Request-Id'] = undefined;
      reqs.push(first, render(r));
    }
  } else if (c.steps === 'concurrent') {
    const first = prepare(c);
    reqs.push(first, { ...first, headers: first.headers.map(([k, v]) => [k, /^x-request-id$/i.test(k) ? `${v}-2` : v]) });
  } else reqs.push(prepare(c));
  const outcome = { timeouts: [], slow: [] };
  const handle = (req, res) => {
    const fs_ = evaluate({ ...c, method: req.method, requestText: req.requestText }, res, cfg);
    if (isProtocolRefusal(c, res)) protocolRefusals[c.input] = (protocolRefusals[c.input] || 0) + 1;
    if (res.error && !fs_.length) {
      // Not a finding (the fuzzer could not send it, or malformed HTTP may be dropped); kept for the report.
      const k = `${c.group}:${c.input}: ${res.error}`;
      notes[k] = notes[k] || { count: 0, operations: [] };
      notes[k].count++;
      if (!notes[k].operations.includes(c.op.id)) notes[k].operations.push(c.op.id);
    }
    for (const f of fs_) {
      if (f.kind === 'timeout') outcome.timeouts.push({ c, req, res, f });
      else if (f.kind === 'slow') outcome.slow.push({ c, req, res, f });
      else recordFinding(c, req, res, f, ctx.incidentActive ? { duringIncident: true } : {});
    }
  };
  if (c.steps === 'concurrent') {
    const results = await Promise.all(reqs.map((req) => execute(c, req)));
    results.forEach((res, i) => handle(reqs[i], res));
    return outcome;
  }
  for (const req of reqs) {
    const res = await execute(c, req);
    handle(req, res);
    if (res.timeout) break;
  }
  return outcome;
}

async function waitReady(maxMs) {
  const until = Date.now() + maxMs;
  while (Date.now() < until) {
    const res = await setupClient.sendHttp({ method: 'GET', path: '/q/health/ready', headers: {} }).catch(() => ({}));
    if (res.status === 200) return true;
    await sleep(500);
  }
  return false;
}

async function restartService(reason) {
  if (!cfg.restartCmd) {
    log(`… ${reason}; no --restart-cmd, waiting for the service to recover`);
    const ok = await waitReady(30000);
    if (!ok) log('… service not ready after 30 s; continuing anyway');
    return ok;
  }
  if (restarts >= cfg.maxRestarts) { log(`… ${reason}; restart limit (${cfg.maxRestarts}) reached, not restarting`); return false; }
  restarts++;
  log(`… ${reason}: restarting the service (#${restarts})`);
  const t0 = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn('bash', ['-c', cfg.restartCmd], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', () => {});
    const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(-1); }, 180000);
    child.on('exit', (c) => { clearTimeout(timer); resolve(c); });
  });
  client.resetPool();
  setupClient.resetPool();
  const ready = code === 0 && await waitReady(60000);
  log(`… restart ${ready ? 'done' : 'FAILED'} in ${Date.now() - t0} ms`);
  if (!ready) throw new SetupError('the service could not be restarted');
  await warmUp();
  return true;
}

// One valid request per operation (reads, previews, exports), unchecked: loads the classes a cold JVM
// would otherwise load during a timed request.
async function warmUp() {
  for (const op of operations) {
    if (op.method !== 'GET' && !/previews$/.test(op.path)) continue;
    const saved = rng;
    rng = warmRng;
    const req = prepare({ op, base: baseReq(op), mutate: null });
    rng = saved;
    req.headers = req.headers.filter(([k]) => !/^x-request-id$/i.test(k));
    await setupClient.send(req).catch(() => {});
  }
  const B = st.budgets.approved;
  for (const accept of [XLSX_TYPE, 'text/tab-separated-values']) await setupClient.send({ method: 'GET', path: `/api/v1/budgets/${B}`, headers: { Authorization: `Bearer ${tokens.reader}`, Accept: accept } });
  for (const [type, body] of [['text/tab-separated-values', st.tsv], [XLSX_TYPE, st.xlsx]]) {
    await setupClient.send({ method: 'POST', path: `/api/v1/budget-imports?departmentCode=${RUN}-B&dryRun=true`, headers: { Authorization: `Bearer ${tokens['editor-other-dept']}`, 'Content-Type': type }, body });
  }
}

// Re-sends a suspect alone on a quiet service: a slow answer that is fast again was load, not a finding.
async function recheck(s) {
  const res = await execute(s.c, s.req);
  const fs_ = evaluate({ ...s.c, method: s.req.method, requestText: s.req.requestText }, res, cfg);
  const lat = fs_.find((f) => f.kind === 'timeout' || f.kind === 'slow');
  if (lat) {
    recordFinding(s.c, s.req, s.res, s.f, { recheckMs: res.ms, recheck: res.timeout ? 'timeout' : `${res.ms} ms` });
    if (res.timeout) await restartService('a re-checked request hung again');
  } else {
    dismissed.push({ operation: s.c.op.id, input: `${s.c.group} ${s.c.where} = ${s.c.input}`, firstMs: s.res.timeout ? 'timeout' : s.res.ms, recheckMs: res.ms, status: res.status });
    log(`(not reproduced alone: ${s.c.op.id} ${s.c.group} ${s.c.where} = ${s.c.input}: ${s.res.timeout ? 'timeout' : `${s.res.ms} ms`} then ${res.ms} ms)`);
  }
}

// Runs the queue with `concurrency` requests in flight (heavy inputs one at a time). When a request
// gets no answer, nothing new starts; once the others are back the hang is recorded (re-checked alone
// when several hung together), the service restarted, and the same input is not sent to that operation
// again. Slow answers are collected as suspects.
async function dispatch(queue) {
  let inflight = 0;
  const done = [];
  let wake = null;
  const suspects = [];
  let incident = null;
  const ctx = { incidentActive: false };
  let qi = 0;

  const launch = (c) => {
    inflight++;
    if (c.danger) dangerInFlight++;
    runCase(c, ctx).then((out) => ({ c, out }), (error) => ({ c, error })).then((x) => {
      inflight--;
      if (c.danger) dangerInFlight--;
      done.push(x);
      if (wake) { const w = wake; wake = null; w(); }
    });
  };
  const startNext = () => {
    while (!incident && inflight < cfg.concurrency && qi < queue.length) {
      if (Date.now() > deadline - 45000) { incomplete = incomplete || `time cap of ${cfg.maxSeconds} s reached after ${sent} requests (${queue.length - qi} cases not sent)`; qi = queue.length; return; }
      const c = queue[qi];
      const key = `${c.op.id}|${c.cls}`;
      if (suppressed.has(key) || suppressed.has(`*|${c.cls}`)) {
        qi++;
        const sk = `${c.op.id}: ${c.group} ${c.input}`;
        skipped[sk] = (skipped[sk] || 0) + 1;
        continue;
      }
      if (c.danger && dangerInFlight > 0) {
        // Another heavy input is running: take the next harmless case instead.
        let j = qi + 1;
        while (j < queue.length && j < qi + 200 && queue[j].danger) j++;
        if (j >= queue.length || j >= qi + 200) return;
        [queue[qi], queue[j]] = [queue[j], queue[qi]];
        continue;
      }
      qi++;
      launch(c);
    }
  };

  startNext();
  while (inflight > 0 || done.length) {
    if (!done.length) await new Promise((resolve) => { wake = resolve; });
    while (done.length) {
      const { c, out, error } = done.shift();
      if (error) throw error;
      if (out.timeouts.length) {
        if (!incident) { incident = { timeouts: [], slow: [] }; ctx.incidentActive = true; }
        incident.timeouts.push(...out.timeouts);
        suppressed.add(`${c.op.id}|${c.cls}`);
      }
      if (out.slow.length) (incident ? incident.slow : suspects).push(...out.slow);
    }
    if (incident && inflight === 0) {
      const { timeouts, slow } = incident;
      if (timeouts.length === 1) recordFinding(timeouts[0].c, timeouts[0].req, timeouts[0].res, timeouts[0].f);
      await restartService(`${timeouts.length} request(s) got no answer within ${cfg.timeoutMs} ms`);
      incident = null;
      ctx.incidentActive = false;
      if (timeouts.length > 1) {
        for (const t of timeouts) {
          if (Date.now() < deadline - 30000) await recheck(t);
          else recordFinding(t.c, t.req, t.res, t.f, { recheck: 'not re-checked (time cap)' });
        }
      }
      suspects.push(...slow);
      if (cfg.restartCmd && restarts >= cfg.maxRestarts) for (const name of P.DANGER) suppressed.add(`*|${name}`);
    }
    startNext();
  }
  return suspects;
}

// --------------------------------------------------------------------------------------------- report
function summarize() {
  const groups = new Map();
  for (const f of findings) {
    const reasonKey = f.kind === 'slow' || f.kind === 'timeout' ? f.kind : f.reason.replace(/\d+ ms/g, 'N ms').replace(/"requestId":"[^"]*"/g, '').replace(/ … .*$/, '').slice(0, 160);
    // A hang is grouped by its input class (one hang per operation and class is tried).
    const input = f.kind === 'timeout' && f.inputClass !== f.input ? `${f.group}:${f.inputClass}` : `${f.group}:${f.input}`;
    const key = `${input}|${f.status}|${f.kind}|${reasonKey}`;
    if (!groups.has(key)) groups.set(key, { input, status: f.status, kind: f.kind, reason: f.reason, operations: {}, count: 0, example: { method: f.request.method, path: f.request.path, headers: f.request.headers, body: f.request.body, requestId: f.requestId } });
    const g = groups.get(key);
    g.count++;
    g.operations[f.operation] = [...new Set([...(g.operations[f.operation] || []), f.kind === 'timeout' ? `${f.where} = ${f.input}` : f.where])].slice(0, 8);
  }
  return [...groups.values()].sort((a, b) => String(a.kind).localeCompare(String(b.kind)) || a.input.localeCompare(b.input));
}

function writeReport(extra) {
  const summary = summarize();
  const distinct = new Set(findings.map((f) => `${f.operation}|${f.group}:${f.input}|${f.status}|${f.kind}`));
  const report = {
    seed: cfg.seed, base: cfg.base, spec: cfg.spec, startedAt: new Date(startedAt).toISOString(), durationMs: Date.now() - startedAt,
    requests: sent, operations: operations.length, perOperation, statusCounts, protocolRefusals, statusByOperation, validStatuses, statusByInput, restarts, incomplete,
    limits: { timeoutMs: cfg.timeoutMs, slowMs: cfg.slowMs, maxSeconds: cfg.maxSeconds, concurrency: cfg.concurrency },
    findingCount: findings.length, distinctFindings: distinct.size, summary, findings, dismissed, skippedAfterHang: skipped, noResponseNotes: notes, ...extra,
  };
  fs.mkdirSync(path.dirname(path.resolve(cfg.report)), { recursive: true });
  fs.writeFileSync(cfg.report, `${JSON.stringify(report, null, 2)}\n`);
  return { summary, distinct };
}

// ----------------------------------------------------------------------------------------------- main
async function main() {
  log(`contract fuzzing: seed ${cfg.seed} (reproduce with --seed ${cfg.seed} or FUZZ_SEED=${cfg.seed}); target ${cfg.base}; ${operations.length} operations in ${cfg.spec}`);
  if (!(await waitReady(60000))) throw new SetupError(`${cfg.base}/q/health/ready is not answering 200`);
  await seed();
  log(`seeded: departments, 8 tables (approved, adjusting, draft, lifecycle, 4 to delete), runs, monitoring report, self-evaluation, exports (${st.xlsx.length} bytes xlsx)`);
  generateCases();
  // Every operation must be exercised; all core cases go, the rest are sampled up to --requests.
  const byOp = new Map(operations.map((o) => [o.id, []]));
  const core = cases.filter((c) => c.core);
  const rest = rng.shuffle(cases.filter((c) => !c.core));
  const target = Math.max(cfg.requests, cfg.minRequests + 200);
  const chosen = [...core, ...rest.slice(0, Math.max(0, target - core.length))];
  for (const c of chosen) byOp.get(c.op.id).push(c);
  for (const list of byOp.values()) rng.shuffle(list);
  const queue = [];
  const lists = [...byOp.values()];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) queue.push(l[i]);
  if (env.FUZZ_DEBUG_CASES) {
    const t = {};
    for (const c of cases) { const k = `${c.group}`; t[k] = t[k] || [0, 0]; t[k][c.core ? 0 : 1]++; }
    log(JSON.stringify(t));
    process.exit(0);
  }
  log(`${cases.length} cases generated (${core.length} core); sending ${queue.length} with ${cfg.concurrency} in flight, ${cfg.timeoutMs} ms timeout, ${cfg.slowMs} ms slow limit, ${cfg.maxSeconds} s cap`);
  await warmUp();

  const suspects = await dispatch(queue);
  if (suspects.length) log(`re-checking ${suspects.length} slow answer(s) alone`);
  for (const s of suspects) {
    if (Date.now() > deadline - 10000) { recordFinding(s.c, s.req, s.res, s.f, { recheck: 'not re-checked (time cap)' }); continue; }
    await recheck(s);
  }

  const missing = operations.filter((o) => !perOperation[o.id]);
  if (missing.length) incomplete = `${incomplete ? `${incomplete}; ` : ''}operations never exercised: ${missing.map((o) => o.id).join(', ')}`;
  if (sent < cfg.minRequests && !cfg.only.length) incomplete = `${incomplete ? `${incomplete}; ` : ''}only ${sent} requests sent (at least ${cfg.minRequests} required)`;

  const { summary, distinct } = writeReport({});
  const secs = ((Date.now() - startedAt) / 1000).toFixed(0);
  log(`\n${sent} requests to ${operations.length} operations in ${secs} s; status counts ${JSON.stringify(statusCounts)}; ${restarts} restart(s); ${dismissed.length} slow answer(s) not reproduced`);
  if (Object.keys(skipped).length) log(`skipped after a hang of the same input on the same operation: ${Object.values(skipped).reduce((a, b) => a + b, 0)} case(s)`);
  if (incomplete) log(`INCOMPLETE: ${incomplete}`);
  if (findings.length) {
    log(`\n${findings.length} finding(s), ${distinct.size} distinct (operation, input, status, kind), ${summary.length} kinds — seed ${cfg.seed}:`);
    for (const g of summary) {
      log(`- [${g.kind}] ${g.input} → ${g.status}: ${g.reason.slice(0, 200)}`);
      log(`    ${Object.entries(g.operations).map(([op, where]) => `${op}${where.filter(Boolean).length ? ` (${where.filter(Boolean).join(', ')})` : ''}`).join('; ')}`);
    }
  } else log('no findings');
  log(`report: ${cfg.report}`);
  return findings.length || incomplete ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e instanceof SetupError ? `fuzz: setup failed: ${e.message}` : e.stack);
  try { writeReport({ error: String(e.message || e) }); } catch { /* best effort */ }
  process.exit(e instanceof SetupError && !findings.length ? 2 : findings.length ? 1 : 2);
});
