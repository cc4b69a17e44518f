import type { RealtimeEvent } from '@tandem/contract';
import { and, count, eq, lt, max, sql } from 'drizzle-orm';
import type { Db } from './db/database.js';
import { eventHead, events, people, streamLeases } from './db/schema.js';
import { newId } from './ids.js';

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

/**
 * Where a person's event log stands: the last position written for them, 0 for none. A stream
 * opened from it (or a page read with it) misses nothing written after it was read.
 */
export async function lastEventOf(db: Db, personId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(events.id) })
    .from(events)
    .where(eq(events.recipientId, personId));
  return row?.last ?? 0;
}

/** An open stream, as the registry sees it: woken when its person's log grows, closed on shutdown. */
export interface OpenStream {
  wake(): void;
  close(): void;
}

/**
 * This instance's open streams per person: the wake-ups, and closing them all on shutdown (the
 * cap is in the database). It holds the streams themselves, no closure per stream: an instance
 * may hold 10,000.
 */
export class StreamRegistry {
  readonly #streams = new Map<string, Set<OpenStream>>();
  /** Streams begun and not yet ended (their lease released). */
  #running = 0;
  #whenEnded: (() => void)[] = [];

  add(personId: string, stream: OpenStream): void {
    let set = this.#streams.get(personId);
    if (!set) this.#streams.set(personId, (set = new Set()));
    set.add(stream);
  }

  remove(personId: string, stream: OpenStream): void {
    const set = this.#streams.get(personId);
    if (set?.delete(stream) && !set.size) this.#streams.delete(personId);
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

  /** Every stream looks for new events (after notifications may have been missed). */
  wakeAll(): void {
    for (const set of this.#streams.values()) for (const stream of set) stream.wake();
  }

  closeAll(): void {
    for (const set of this.#streams.values()) for (const stream of set) stream.close();
  }

  /** A stream's run begins; `end` once it has released its lease (closing waits for that). */
  begin(): void {
    this.#running++;
  }

  end(): void {
    if (--this.#running > 0) return;
    for (const resolve of this.#whenEnded.splice(0)) resolve();
  }

  /** Resolves once every stream's run has ended: their leases are released, not left to lapse. */
  ended(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#whenEnded.push(resolve));
  }
}

/**
 * A place among a person's open streams, held in the database so the cap holds across server
 * instances: null when they already hold `max`. A lease lapses after `ttlMs` unless renewed, so
 * the streams of an instance that died stop counting.
 */
export async function acquireStreamLease(
  db: Db,
  personId: string,
  max: number,
  now: Date,
  ttlMs: number,
): Promise<string | null> {
  return db.transaction(async (tx) => {
    // The person's row lock serializes their stream openings on every instance.
    await tx.execute(sql`select 1 from ${people} where id = ${personId} for update`);
    await tx.delete(streamLeases).where(and(eq(streamLeases.personId, personId), lt(streamLeases.expiresAt, now)));
    const [held] = await tx.select({ n: count() }).from(streamLeases).where(eq(streamLeases.personId, personId));
    if ((held?.n ?? 0) >= max) return null;
    const id = newId('lease');
    await tx.insert(streamLeases).values({ id, personId, expiresAt: new Date(now.getTime() + ttlMs) });
    return id;
  });
}

/** False when the lease is gone: it lapsed and another stream's opening cleared it. */
export async function renewStreamLease(db: Db, id: string, expiresAt: Date): Promise<boolean> {
  const renewed = await db
    .update(streamLeases)
    .set({ expiresAt })
    .where(eq(streamLeases.id, id))
    .returning({ id: streamLeases.id });
  return renewed.length > 0;
}

export async function releaseStreamLease(db: Db, id: string): Promise<void> {
  await db.delete(streamLeases).where(eq(streamLeases.id, id));
}
