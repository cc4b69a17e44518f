import type { OutboxItem } from '@tandem/client';
import type { Message } from '@tandem/contract';
import { dayOf } from '../time.js';

/** One row of the virtualized history. `first`/`last`: where a message stands in its sender's run. */
export type Row =
  | { kind: 'older' }
  | { kind: 'day'; key: string; at: string }
  | { kind: 'unread' }
  | { kind: 'message'; message: Message; first: boolean; last: boolean }
  | { kind: 'outbox'; item: OutboxItem };

/** Consecutive messages of one sender within this long read as one group. */
const GROUP_MS = 5 * 60_000;

export const keyOf = (row: Row): string =>
  row.kind === 'message'
    ? row.message.id
    : row.kind === 'outbox'
      ? `out-${row.item.clientMessageId}`
      : row.kind === 'day'
        ? `day-${row.key}`
        : row.kind;

/** The history as rows: day separators, the unread divider, grouped messages, then the outbox. */
export function buildRows(input: {
  messages: readonly Message[];
  pending: readonly OutboxItem[];
  hasOlder: boolean;
  unreadFrom: number;
  viewerId: string;
}): Row[] {
  const rows: Row[] = input.hasOlder ? [{ kind: 'older' }] : [];
  let day = '';
  let previous: Extract<Row, { kind: 'message' }> | undefined;
  const sent = new Set<string>();
  for (const message of input.messages) {
    const key = dayOf(message.sentAt);
    const newDay = key !== day;
    if (newDay) rows.push({ kind: 'day', key: (day = key), at: message.sentAt });
    const divider = message.seq === input.unreadFrom;
    if (divider) rows.push({ kind: 'unread' });
    const joins =
      !newDay &&
      !divider &&
      previous?.message.senderId === message.senderId &&
      Date.parse(message.sentAt) - Date.parse(previous.message.sentAt) < GROUP_MS;
    if (previous && joins) previous.last = false;
    previous = { kind: 'message', message, first: !joins, last: true };
    rows.push(previous);
    if (message.senderId === input.viewerId) sent.add(message.clientMessageId);
  }
  // A message can arrive through the stream before its send answers: show it once.
  for (const item of input.pending) if (!sent.has(item.clientMessageId)) rows.push({ kind: 'outbox', item });
  return rows;
}

/** "María García" → "MG"; one name → its first letter (by grapheme, for any script). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letter = (word: string | undefined) => (word ? ([...word][0] ?? '') : '');
  const picked = words.length > 1 ? [words[0], words.at(-1)] : [words[0]];
  return picked.map(letter).join('').toLocaleUpperCase();
}
