import {
  listStudents as listStudentsRoute,
  getStudent as getStudentRoute,
  getStudentRecord as getStudentRecordRoute,
} from '@tandem/contract';
import type { Page, PageQuery, Student, StudentRecord } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/** The signed-in person's students: a guardian's children, an educator's assigned students. */
export const list = (client: TandemClient, query: PageQuery = {}, options?: CallOptions): Promise<Page<Student>> =>
  client.request(listStudentsRoute, { query: { limit: query.limit, cursor: query.cursor } }, options);

export const get = (client: TandemClient, params: { studentId: string }, options?: CallOptions): Promise<Student> =>
  client.request(getStudentRoute, { params }, options);

/**
 * Everything Tandem holds about the student that the signed-in person may see: a family's
 * copy of their child's record, or the district's for an audit (docs/records.md).
 */
export const record = (
  client: TandemClient,
  params: { studentId: string },
  options?: CallOptions,
): Promise<StudentRecord> => client.request(getStudentRecordRoute, { params }, options);

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
