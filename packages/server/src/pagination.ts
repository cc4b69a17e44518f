import { PAGE_LIMIT_DEFAULT } from '@tandem/contract';
import { validationError } from './problem.js';

type CursorValue = string | number;

/**
 * What one position of a keyset cursor may hold. Cursors are opaque to clients but come back
 * from them, so each part is checked before it reaches SQL: a crafted cursor is a 400, never a
 * 500. Cursors carry sort keys that are ids, times and counters only, never personal data
 * (a list sorted by name carries the last item's id, and the server looks its name up).
 */
export type CursorPart = 'id' | 'timestamp' | 'date' | 'int';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INT4_MAX = 2_147_483_647;

const validDate = (value: string) => {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const checks: Record<CursorPart, (value: unknown) => boolean> = {
  id: (value) => typeof value === 'string' && ID.test(value),
  timestamp: (value) => typeof value === 'string' && TIMESTAMP.test(value) && Number.isFinite(Date.parse(value)),
  date: (value) => typeof value === 'string' && validDate(value),
  int: (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= INT4_MAX,
};

/** An opaque keyset cursor: the sort key of the last item of a page. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export const invalidCursor = (message = 'Use a nextCursor from a previous page.') =>
  validationError(
    [{ path: 'query.cursor', code: 'invalid_cursor', message }],
    'The cursor is not one this list gave out.',
  );

/** Decodes a cursor of the expected shape, each part checked, or answers 400. */
export function decodeCursor(cursor: string | undefined, parts: CursorPart[]): CursorValue[] | null {
  if (cursor === undefined) return null;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(values) || values.length !== parts.length || parts.some((part, i) => !checks[part](values[i]))) {
    throw invalidCursor();
  }
  return values as CursorValue[];
}

/** Fetch `limit + 1` rows; this trims to a page and makes the next cursor from the last item kept. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  cursorOf: (row: Row) => CursorValue[],
): { items: Item[]; nextCursor: string | null } {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  return {
    items: kept.map((row) => toItem(row)),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null,
  };
}

export const pageLimit = (limit: number | undefined) => limit ?? PAGE_LIMIT_DEFAULT;
