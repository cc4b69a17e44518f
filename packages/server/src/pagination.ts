import { PAGE_LIMIT_DEFAULT } from '@tandem/contract';
import { validationError } from './problem.js';

type CursorValue = string | number;

/** An opaque keyset cursor: the sort key of the last item of a page. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor with the expected shape (`kinds`), or answers 400. */
export function decodeCursor(cursor: string | undefined, kinds: ('string' | 'number')[]): CursorValue[] | null {
  if (cursor === undefined) return null;
  const invalid = () =>
    validationError([
      { path: 'query.cursor', code: 'invalid_cursor', message: 'Use a nextCursor from a previous page.' },
    ]);
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(values) ||
    values.length !== kinds.length ||
    values.some((value, i) => typeof value !== kinds[i] || (typeof value === 'number' && !Number.isFinite(value)))
  ) {
    throw invalid();
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
