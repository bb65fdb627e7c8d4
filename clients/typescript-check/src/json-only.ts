/**
 * A check over the whole contract at compile time: every operation that answers JSON answers JSON only, so a client
 * never has to rule out a text or file body before reading a JSON answer. An operation whose success could also be
 * a file (a JSON document and an xlsx workbook, under one status or two) makes the constant at the end fail to
 * compile, naming the operation. Files have operations of their own (…/export, …-form), which answer no JSON at all.
 */
import type { HttpMethod, OkStatus } from "openapi-typescript-helpers";
import type { paths } from "./schema";

type Responses<O> = O extends { responses: infer R } ? R : never;
/** The content maps of the operation's success statuses. */
type SuccessContent<O> = {
  [S in keyof Responses<O> & OkStatus]: Responses<O>[S] extends { content: infer C } ? C : never;
}[keyof Responses<O> & OkStatus];
/** The media types the operation answers with on success. */
type SuccessMedia<O> = SuccessContent<O> extends infer C ? (C extends unknown ? keyof C & string : never) : never;
type Json = `${string}/json`;

/** True when the operation answers JSON and also something else on success. */
type AnswersJsonAndMore<O> = [Extract<SuccessMedia<O>, Json>] extends [never]
  ? false
  : [Exclude<SuccessMedia<O>, Json>] extends [never]
    ? false
    : true;

/** `GET /api/v1/…` for each operation that answers JSON and more; never when there is none. */
export type JsonOperationsAnsweringMore = {
  [P in keyof paths & string]: {
    [M in HttpMethod]: AnswersJsonAndMore<paths[P][M]> extends true ? `${Uppercase<M>} ${P}` : never;
  }[HttpMethod];
}[keyof paths & string];

/** Compiles while there is none; otherwise tsc names each one as a property missing here. */
export const jsonOperationsAnsweringMore: Record<JsonOperationsAnsweringMore, "answers JSON only"> = {};
