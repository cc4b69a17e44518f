import {
  listStudents as listStudentsRoute,
  getStudent as getStudentRoute,
  getStudentRecord as getStudentRecordRoute,
} from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';
import { bind } from '../bind.js';

/** The signed-in person's students: a guardian's children, an educator's assigned students. */
export const list = bind(listStudentsRoute);

/** One student, with the viewer's relationship to them. */
export const get = bind(getStudentRoute);

/**
 * Everything Tandem holds about the student that the signed-in person may see: a family's
 * copy of their child's record, or the district's for an audit (docs/records.md).
 */
export const record = bind(getStudentRecordRoute);

/** The same record as a printable HTML page (no script; show it in a sandboxed frame, or print it). */
export async function recordPage(
  client: TandemClient,
  params: { studentId: string },
  options?: CallOptions,
): Promise<string> {
  const response = await client.open(
    getStudentRecordRoute,
    { params },
    { ...options, headers: { Accept: 'text/html' } },
  );
  return response.text();
}
