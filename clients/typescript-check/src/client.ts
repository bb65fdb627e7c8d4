/**
 * A small strict client of the budget performance target tables API, typed by the contract alone.
 *
 * src/schema.d.ts is generated from the bundled contract (src/main/resources/META-INF/openapi.yaml) by
 * scripts/check-typescript-client.sh before every compile, so this file compiles only while the contract types
 * what a frontend needs. It is held to strict rules, checked by that script: no type assertions, no escape-hatch
 * type, no non-null assertions, no suppressed errors, and no test of an answer's type to rule out text: every JSON
 * operation is typed JSON-only by the contract, and a file is asked for explicitly (parseAs).
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./schema";

type Schemas = components["schemas"];
export type Api = Client<paths>;
export type BudgetSummary = Schemas["BudgetSummary"];
export type BudgetView = Schemas["BudgetView"];
export type IndicatorView = Schemas["IndicatorView"];
export type IndicatorListItem = Schemas["IndicatorListItem"];
export type Target = Schemas["Target"];
export type RecordedTarget = Schemas["RecordedTarget"];
export type Problem = Schemas["Problem"];
export type Violation = Schemas["Violation"];
/** The comparison of a quantitative target, in the one symbol form tables and evaluations share. */
export type Operator = NonNullable<Target>["operator"];

/** A client that sends the caller's bearer token with every request. */
export function connect(baseUrl: string, token: string): Api {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
}

/** A refused request: its problem document (RFC 9457) and the HTTP status. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly status: number;

  constructor(problem: Problem, status: number) {
    super(`${problem.status} ${problem.code}: ${problem.detail ?? problem.title}`);
    this.name = "ProblemError";
    this.problem = problem;
    this.status = status;
  }

  /** Each violation on a line of its own: where it is, the field (the whole body when empty) and what is wrong. */
  violations(): string[] {
    return (this.problem.violations ?? []).map(
      (v: Violation) => `${v.in} ${v.field === "" ? "(whole body)" : v.field}: ${v.message}`,
    );
  }
}

/** What openapi-fetch answers: the typed body of a success, or the problem document of a failure. */
type Answer<T> =
  | { data: T; error?: never; response: Response }
  | { data?: never; error: Problem; response: Response };

/** The body of a success; a failure is thrown with its problem document. */
function unwrap<T>(answer: Answer<T>): T {
  if (answer.error !== undefined) {
    throw new ProblemError(answer.error, answer.response.status);
  }
  return answer.data;
}

/**
 * Every table the caller may see (newest year first), page by page: each page starts at the cursor the one
 * before it handed out (`nextCursor`, also in `links.next`), so a deep page costs no more than the first, and
 * the list ends where `links.next` is null.
 */
export async function* allBudgets(api: Api, fiscalYear?: number): AsyncGenerator<BudgetSummary, void, undefined> {
  const filter = fiscalYear === undefined ? {} : { fiscalYear };
  let cursor: string | undefined;
  for (;;) {
    const from = cursor === undefined ? {} : { cursor };
    const current = unwrap(await api.GET("/api/v1/budgets", { params: { query: { ...filter, ...from, size: 100 } } }));
    yield* current.items;
    if (current.links.next === null || current.nextCursor === undefined) {
      return;
    }
    cursor = current.nextCursor;
  }
}

/** One indicator's annual target: the value written on the form and its parsed reading. */
export interface ParsedTarget {
  indicatorId: string;
  name: string;
  written: string | null;
  operator: Operator;
  number: string | null;
  unit: string | null;
  findings: string[];
}

/** A whole table and its ETag, the version a change of the whole indicator block is based on. */
export interface VersionedTable {
  table: BudgetView;
  etag: string;
}

export async function readTable(api: Api, budgetId: string): Promise<VersionedTable> {
  const answer = await api.GET("/api/v1/budgets/{budgetId}", { params: { path: { budgetId } } });
  const table = unwrap(answer);
  const etag = answer.response.headers.get("ETag");
  if (etag === null) {
    throw new Error(`the table ${budgetId} was answered without its ETag`);
  }
  return { table, etag };
}

/** The parsed annual targets of a table's indicators, in form order. */
export function parsedTargets(table: BudgetView): ParsedTarget[] {
  return table.indicators.map((indicator: IndicatorView) => {
    const target: Target = indicator.annualTarget;
    return {
      indicatorId: indicator.id,
      name: indicator.name,
      written: indicator.annualValue,
      operator: target === null ? null : target.operator,
      number: target === null ? null : target.number,
      unit: target === null ? null : target.unit,
      findings: target === null ? [] : target.findings.map((f) => `${f.code}: ${f.message}`),
    };
  });
}

/**
 * Whether a line of a monitoring report or a self-evaluation reads its target with the table's operator. Both are
 * typed by the contract with one operator type: a recorded target's operator symbol is a table's operator.
 */
export function sameOperator(recorded: RecordedTarget, table: Target): boolean {
  const operator: Operator = recorded.operatorSymbol;
  return operator === (table === null ? null : table.operator);
}

/**
 * Changes one indicator's annual target value, based on the row's `version` (its own ETag, listed with the row):
 * a change made meanwhile by someone else is refused with 412 instead of being overwritten.
 */
export async function changeAnnualValue(
  api: Api,
  budgetId: string,
  indicator: IndicatorView,
  annualValue: string | null,
): Promise<IndicatorView> {
  if (indicator.version === undefined) {
    throw new Error(`the indicator ${indicator.id} has no version: it belongs to an old approved revision`);
  }
  return unwrap(
    await api.PATCH("/api/v1/budgets/{budgetId}/indicators/{indicatorId}", {
      params: { path: { budgetId, indicatorId: indicator.id }, header: { "If-Match": indicator.version } },
      headers: { "Content-Type": "application/merge-patch+json" },
      body: { annualValue },
    }),
  );
}

/** An indicator of a bulk replace: its writable fields, keeping its id. */
function listItem(indicator: IndicatorView): IndicatorListItem {
  return {
    id: indicator.id,
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    periodValue: indicator.periodValue,
    annualValue: indicator.annualValue,
    weight: indicator.weight,
    taskId: indicator.taskId,
  };
}

/**
 * Puts a table's indicators in the given order in one request (a bulk replace, based on the table's ETag). Every
 * indicator of the table must be named once: one left out would be deleted.
 */
export async function reorderIndicators(api: Api, budgetId: string, order: readonly string[]): Promise<IndicatorView[]> {
  const { table, etag } = await readTable(api, budgetId);
  const byId = new Map(table.indicators.map((indicator): [string, IndicatorView] => [indicator.id, indicator]));
  if (order.length !== byId.size || new Set(order).size !== order.length) {
    throw new Error(`name each of the ${byId.size} indicators of the table once`);
  }
  const items = order.map((id) => {
    const indicator = byId.get(id);
    if (indicator === undefined) {
      throw new Error(`${id} is no indicator of the table ${budgetId}`);
    }
    return listItem(indicator);
  });
  const replaced = unwrap(
    await api.PUT("/api/v1/budgets/{budgetId}/indicators", {
      params: { path: { budgetId }, header: { "If-Match": etag } },
      body: { items },
    }),
  );
  return replaced.items;
}

/** The table in the official layout, the xlsx workbook. */
export async function exportWorkbook(api: Api, budgetId: string): Promise<Blob> {
  return unwrap(
    await api.GET("/api/v1/budgets/{budgetId}/export", {
      params: { path: { budgetId }, query: { format: "xlsx" } },
      parseAs: "blob",
    }),
  );
}

/** The same workbook's bytes, for a client that writes them out itself. */
export async function exportWorkbookBytes(api: Api, budgetId: string): Promise<ArrayBuffer> {
  return unwrap(
    await api.GET("/api/v1/budgets/{budgetId}/export", {
      params: { path: { budgetId }, query: { format: "xlsx" } },
      parseAs: "arrayBuffer",
    }),
  );
}

export type ExportJob = Schemas["ExportJob"];

/**
 * The open-data package of a year. A small year is answered at once; a large one (or every year, with `Prefer:
 * respond-async`) is answered 202 with a job, which `Location` names: the job is polled, then its file downloaded —
 * the same bytes the direct answer has. The file is asked for (parseAs), so a 202's job is never taken for the file.
 */
export async function disclosurePackage(api: Api, fiscalYear: number): Promise<Blob> {
  const answer = await api.GET("/api/v1/disclosures/{fiscalYear}", {
    params: { path: { fiscalYear } },
    parseAs: "blob",
  });
  const file = unwrap(answer);
  if (answer.response.status !== 202) {
    return file;
  }
  const exportId = answer.response.headers.get("Location")?.split("/").pop();
  if (exportId === undefined || exportId === "") {
    throw new Error(`the package of ${fiscalYear} was accepted for a job without its Location`);
  }
  return finishedExport(api, exportId);
}

/** The same package requested through the bulk export (`datapackage-zip`): always a job. */
export async function requestDisclosurePackage(api: Api, fiscalYear: number): Promise<Blob> {
  const job = unwrap(await api.POST("/api/v1/exports", { body: { fiscalYear, format: "datapackage-zip" } }));
  return finishedExport(api, job.id);
}

/** Polls a bulk export once a second until it has finished, then downloads its file; a FAILED job is thrown. */
async function finishedExport(api: Api, exportId: string): Promise<Blob> {
  for (;;) {
    const job: ExportJob = unwrap(await api.GET("/api/v1/exports/{exportId}", { params: { path: { exportId } } }));
    if (job.state === "SUCCEEDED") {
      return unwrap(
        await api.GET("/api/v1/exports/{exportId}/file", { params: { path: { exportId } }, parseAs: "blob" }),
      );
    }
    if (job.state !== "QUEUED" && job.state !== "RUNNING") {
      throw new Error(`export ${exportId} is ${job.state}: ${job.failureReason ?? "its file is gone"}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * Creates a table; a refusal comes back to the form it was filled in: each violation under its field (an amount
 * with more decimals than 分, a year taken already …), the rest of the problem in `general`.
 */
export async function createTable(
  api: Api,
  table: Schemas["BudgetCreate"],
): Promise<{ created: BudgetView } | { fields: Map<string, string[]>; general: string }> {
  const answer = await api.POST("/api/v1/budgets", { body: table });
  if (answer.error === undefined) {
    return { created: answer.data };
  }
  const problem = new ProblemError(answer.error, answer.response.status);
  const fields = new Map<string, string[]>();
  for (const violation of problem.problem.violations ?? []) {
    const messages = fields.get(violation.field) ?? [];
    messages.push(violation.message);
    fields.set(violation.field, messages);
  }
  switch (problem.problem.code) {
    case "DUPLICATE_BUDGET":
      return { fields, general: "this department has a table for that year already" };
    case "VALIDATION_FAILED":
      return { fields, general: problem.violations().join("\n") };
    default:
      return { fields, general: problem.message };
  }
}
