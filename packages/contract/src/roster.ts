import './zod.js';
import * as z from 'zod/mini';
import { DateTime, Id, page } from './primitives.js';

/** One thing wrong with a roster bundle, named so a district can find and fix it. */
export const RosterProblem = /* @__PURE__ */ z.object({
  severity: /* @__PURE__ */ z.enum(['error', 'warning']),
  file: /* @__PURE__ */ z.string(),
  /** The row as a spreadsheet shows it (the header is row 1); null for the file as a whole. */
  row: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  column: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  value: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  message: /* @__PURE__ */ z.string(),
});
export type RosterProblem = z.infer<typeof RosterProblem>;

export const RosterCounts = /* @__PURE__ */ z.object({
  created: /* @__PURE__ */ z.number(),
  updated: /* @__PURE__ */ z.number(),
  deactivated: /* @__PURE__ */ z.number(),
  unchanged: /* @__PURE__ */ z.number(),
});
export type RosterCounts = z.infer<typeof RosterCounts>;

export const rosterKinds = [
  'schools',
  'students',
  'guardians',
  'educators',
  'admins',
  'guardianships',
  'assignments',
  'classes',
  'enrollments',
] as const;
export type RosterKind = (typeof rosterKinds)[number];

const importFields = {
  id: Id,
  tenantId: Id,
  /** running; applied; checked (a dry run: nothing written); refused (errors in the bundle); failed (the server's fault). */
  status: /* @__PURE__ */ z.enum(['running', 'applied', 'checked', 'refused', 'failed']),
  dryRun: /* @__PURE__ */ z.boolean(),
  via: /* @__PURE__ */ z.enum(['cli', 'api']),
  requestedBy: /* @__PURE__ */ z.nullable(Id),
  version: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['1.1', '1.2'])),
  /** How each file of the bundle was read, from its manifest. */
  files: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.enum(['bulk', 'delta'])),
  startedAt: DateTime,
  finishedAt: /* @__PURE__ */ z.nullable(DateTime),
  /** What changed (or, for a dry run, would change), per kind of record. */
  counts: /* @__PURE__ */ z.partialRecord(/* @__PURE__ */ z.enum(rosterKinds), RosterCounts),
  errors: /* @__PURE__ */ z.number(),
  warnings: /* @__PURE__ */ z.number(),
};

export const RosterImportSummary = /* @__PURE__ */ z.object(importFields);
export type RosterImportSummary = z.infer<typeof RosterImportSummary>;

export const RosterImport = /* @__PURE__ */ z.object({
  ...importFields,
  /** The first 500 problems, errors before warnings; `truncated` when there were more. */
  problems: /* @__PURE__ */ z.array(RosterProblem),
  truncated: /* @__PURE__ */ z.boolean(),
});
export type RosterImport = z.infer<typeof RosterImport>;

export const RosterImportPage = /* @__PURE__ */ page(RosterImportSummary);

export const RosterImportQuery = /* @__PURE__ */ z.strictObject({
  dryRun: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['true', 'false'])),
});
