/**
 * A check over the whole contract at compile time: every operation that answers JSON answers JSON only, so a client
 * never has to rule out a text or file body before reading a JSON answer. An operation whose success could also be
 * a file (a JSON document and an xlsx workbook, under one status or two) makes the constant at the end fail to
 * compile, naming the operation. Files have operations of their own (…/export, …-form), which answer no JSON at all.
 *
 * One answer stands apart: 202 Accepted, the asynchronous answer (RFC 7240), whose body is the job that will make the
 * result, never the result. An operation that answers a file may answer 202 with a JSON job (the open-data package
 * of a large year): a client asks for the file (parseAs) and, on 202, follows `Location` to the job. Its final
 * answers are still checked as above, and a 202 that answers anything but JSON fails as well.
 */
import type { HttpMethod, OkStatus } from "openapi-typescript-helpers";
import type { paths } from "./schema";

type Responses<O> = O extends { responses: infer R } ? R : never;
/** The content maps of the operation's answers under the statuses S. */
type ContentOf<O, S> = {
  [K in keyof Responses<O> & S]: Responses<O>[K] extends { content: infer C } ? C : never;
}[keyof Responses<O> & S];
/** The media types the operation answers with under the statuses S. */
type MediaOf<O, S> = ContentOf<O, S> extends infer C ? (C extends unknown ? keyof C & string : never) : never;
/** The success statuses that are the result itself: all but 202 Accepted. */
type FinalStatus = Exclude<OkStatus, 202>;
type Json = `${string}/json`;

/** True when the operation answers JSON and also something else as its result, or a 202 that is no JSON job. */
type AnswersJsonAndMore<O> = [Exclude<MediaOf<O, 202>, Json>] extends [never]
  ? [Extract<MediaOf<O, FinalStatus>, Json>] extends [never]
    ? false
    : [Exclude<MediaOf<O, FinalStatus>, Json>] extends [never]
      ? false
      : true
  : true;

/** `GET /api/v1/…` for each operation that answers JSON and more; never when there is none. */
export type JsonOperationsAnsweringMore = {
  [P in keyof paths & string]: {
    [M in HttpMethod]: AnswersJsonAndMore<paths[P][M]> extends true ? `${Uppercase<M>} ${P}` : never;
  }[HttpMethod];
}[keyof paths & string];

/** Compiles while there is none; otherwise tsc names each one as a property missing here. */
export const jsonOperationsAnsweringMore: Record<JsonOperationsAnsweringMore, "answers JSON only"> = {};
