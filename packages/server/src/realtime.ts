import type { RealtimeEvent } from '@tandem/contract';
import { sql } from 'drizzle-orm';
import type { Db } from './db/database.js';
import { events } from './db/schema.js';

export const EVENTS_CHANNEL = 'tandem_events';

/**
 * Appends events to the durable log, one per recipient, and notifies listeners with the
 * recipients' ids only. Call inside the write's transaction: PostgreSQL delivers the NOTIFY
 * only when it commits, so nobody hears of a write that did not happen.
 */
export async function publish(db: Db, recipientIds: string[], event: RealtimeEvent): Promise<void> {
  if (!recipientIds.length) return;
  const createdAt = new Date();
  await db.insert(events).values(
    recipientIds.map((recipientId) => ({
      recipientId,
      type: event.type,
      studentId: event.studentId,
      threadId: event.threadId,
      messageId: event.messageId ?? null,
      seq: event.seq ?? null,
      personId: event.personId ?? null,
      createdAt,
    })),
  );
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(recipientIds)})`);
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
