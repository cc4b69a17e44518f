import { listStudents as listStudentsRoute, getStudent as getStudentRoute } from '@tandem/contract';
import type { Page, PageQuery, Student } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/** The signed-in person's students: a guardian's children, an educator's assigned students. */
export const list = (client: TandemClient, query: PageQuery = {}, options?: CallOptions): Promise<Page<Student>> =>
  client.request(listStudentsRoute, { query: { limit: query.limit, cursor: query.cursor } }, options);

export const get = (client: TandemClient, params: { studentId: string }, options?: CallOptions): Promise<Student> =>
  client.request(getStudentRoute, { params }, options);
