import './zod.js';
import * as z from 'zod/mini';
import { DateTime, Id, page } from './primitives.js';

/** One thing wrong with a roster bundle, named so a district can find and fix it. */
export const RosterProblem = /* @__PURE__ */ z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  /** The row as a spreadsheet shows it (the header is row 1); null for the file as a whole. */
  row: z.nullable(z.number()),
  column: z.nullable(z.string()),
  value: z.nullable(z.string()),
  message: z.string(),
});
export type RosterProblem = z.infer<typeof RosterProblem>;

export const RosterCounts = /* @__PURE__ */ z.object({
  created: z.number(),
  updated: z.number(),
  deactivated: z.number(),
  unchanged: z.number(),
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
  status: z.enum(['running', 'applied', 'checked', 'refused', 'failed']),
  dryRun: z.boolean(),
  via: z.enum(['cli', 'api']),
  requestedBy: z.nullable(Id),
  version: z.nullable(z.enum(['1.1', '1.2'])),
  /** How each file of the bundle was read, from its manifest. */
  files: z.record(z.string(), z.enum(['bulk', 'delta'])),
  startedAt: DateTime,
  finishedAt: z.nullable(DateTime),
  /** What changed (or, for a dry run, would change), per kind of record. */
  counts: z.partialRecord(z.enum(rosterKinds), RosterCounts),
  errors: z.number(),
  warnings: z.number(),
};

export const RosterImportSummary = /* @__PURE__ */ z.object(importFields);
export type RosterImportSummary = z.infer<typeof RosterImportSummary>;

export const RosterImport = /* @__PURE__ */ z.object({
  ...importFields,
  /** The first 500 problems, errors before warnings; `truncated` when there were more. */
  problems: z.array(RosterProblem),
  truncated: z.boolean(),
});
export type RosterImport = z.infer<typeof RosterImport>;

export const RosterImportPage = /* @__PURE__ */ page(RosterImportSummary);

export const RosterImportQuery = /* @__PURE__ */ z.strictObject({
  dryRun: z.optional(z.enum(['true', 'false'])),
});
