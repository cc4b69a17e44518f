import { listProgress as listProgressRoute, recordProgress as recordProgressRoute } from '@tandem/contract';
import type { Page, PageQuery, ProgressEntry, RecordProgressRequest } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/** A goal's entries from home and school, newest first. */
export const list = (
  client: TandemClient,
  input: { goalId: string } & PageQuery,
  options?: CallOptions,
): Promise<Page<ProgressEntry>> =>
  client.request(
    listProgressRoute,
    { params: { goalId: input.goalId }, query: { limit: input.limit, cursor: input.cursor } },
    options,
  );

/** Records a reading; the server stamps who recorded it, in which role and setting. */
export const record = (
  client: TandemClient,
  params: { goalId: string },
  body: RecordProgressRequest,
  options?: CallOptions,
): Promise<ProgressEntry> => client.request(recordProgressRoute, { params, body }, options);
