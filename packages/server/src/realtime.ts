import type { RealtimeEvent } from '@tandem/contract';
import { sql } from 'drizzle-orm';
import type { Db } from './db/database.js';
import { eventHead, events } from './db/schema.js';

export const EVENTS_CHANNEL = 'tandem_events';

/**
 * Appends events to the durable log, one per recipient, and notifies listeners with the
 * recipients' ids only. Call inside the write's transaction: PostgreSQL delivers the NOTIFY
 * only when it commits, so nobody hears of a write that did not happen.
 *
 * Positions come from the one `event_head` row, taken and used in one statement: the row
 * stays locked until the writer commits, so positions become visible in order and a stream
 * that has read position n can never later find a smaller one (see docs/realtime.md). Keep
 * it the last write of a transaction, so the lock is held for as short a time as possible.
 */
export async function publish(db: Db, recipientIds: string[], event: RealtimeEvent, now = new Date()): Promise<void> {
  const recipients = [...new Set(recipientIds)];
  if (!recipients.length) return;
  const n = recipients.length;
  await db.execute(sql`
    with head as (
      update ${eventHead} set position = position + ${n} where id = 1 returning position
    )
    insert into ${events} (id, recipient_id, type, student_id, thread_id, message_id, seq, person_id, created_at)
    select head.position - ${n} + r.ord, r.recipient, ${event.type}, ${event.studentId}, ${event.threadId},
           ${event.messageId ?? null}, ${event.seq ?? null}::integer, ${event.personId ?? null}, ${now.toISOString()}::timestamptz
    from head, json_array_elements_text(${JSON.stringify(recipients)}::json) with ordinality as r(recipient, ord)`);
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(recipients)})`);
}

type Wake = () => void;

/** Open streams per person: the cap, the wake-ups, and closing them all on shutdown. */
export class StreamRegistry {
  readonly #streams = new Map<string, Set<{ wake: Wake; close: () => void }>>();

  constructor(readonly maxPerPerson = 5) {}

  count(personId: string): number {
    return this.#streams.get(personId)?.size ?? 0;
  }

  add(personId: string, stream: { wake: Wake; close: () => void }): () => void {
    const set = this.#streams.get(personId) ?? new Set();
    set.add(stream);
    this.#streams.set(personId, set);
    return () => {
      set.delete(stream);
      if (!set.size) this.#streams.delete(personId);
    };
  }

  /** A notification's payload: the recipients whose streams should look for new events. */
  notify(payload: string): void {
    let ids: unknown;
    try {
      ids = JSON.parse(payload);
    } catch {
      return;
    }
    if (!Array.isArray(ids)) return;
    for (const id of ids) for (const stream of this.#streams.get(String(id)) ?? []) stream.wake();
  }

  closeAll(): void {
    for (const set of this.#streams.values()) for (const stream of set) stream.close();
  }
}
