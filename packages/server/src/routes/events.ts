import { getEvents, type RealtimeEvent } from '@tandem/contract';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Hono } from 'hono';
import { ServerResponse } from 'node:http';
import { streamSSE } from 'hono/streaming';
import type { Database } from '../db/database.js';
import { events } from '../db/schema.js';
import { loadActor, type Actor } from '../auth.js';
import { visibleStudents } from '../authz.js';
import { middlewares, type HttpDeps } from '../middleware.js';
import { describeError } from '../log.js';
import { ApiError, rateLimited, validationError } from '../problem.js';
import {
  acquireStreamLease,
  EVENTS_CHANNEL,
  lastEventOf,
  releaseStreamLease,
  renewStreamLease,
  type OpenStream,
  type StreamRegistry,
} from '../realtime.js';
import { SharedReads } from '../shared-reads.js';

const BATCH = 200;
// @hono/node-server leaves a response with this header to the handler, which wrote it itself.
const X_ALREADY_SENT = 'x-hono-already-sent';

/**
 * GET /api/v1/events: the signed-in person's events as Server-Sent Events. Every event id is a
 * row of the durable log, so a client that reconnects with Last-Event-ID misses nothing. New
 * events wake the stream through LISTEN/NOTIFY (ids only), from any server instance.
 */
export async function registerEvents(
  app: Hono,
  deps: HttpDeps,
  database: Database,
  streams: StreamRegistry,
  heartbeatMs: number,
): Promise<void> {
  await database.listen(
    EVENTS_CHANNEL,
    (payload) => streams.notify(payload),
    () => streams.wakeAll(),
  );

  // Streams of one person at one cursor (several tabs, all caught up) share one read: the
  // events after the cursor, and which of their students the person may still see (access is
  // read again at every wake-up, as on every request; null once the person is gone).
  type Batch = { rows: (typeof events.$inferSelect)[]; visible: Set<string> | null };
  const reads = new SharedReads<Batch>();
  const pending = (actor: Actor, after: number, wokenAt: number) =>
    reads.read(`${actor.id}:${after}`, wokenAt, async (): Promise<Batch> => {
      const rows = await deps.database
        .select()
        .from(events)
        .where(and(eq(events.recipientId, actor.id), gt(events.id, after)))
        .orderBy(asc(events.id))
        .limit(BATCH);
      // The person is read even when nothing is new: a roster import that deactivated them
      // wakes their streams, which must end now rather than at their next event.
      let current: Actor;
      try {
        current = await loadActor(deps.database, { personId: actor.id, tenantId: actor.tenantId });
      } catch (error) {
        // Signed out (removed since the stream opened) ends the stream; anything else is a failure.
        if (error instanceof ApiError && error.status === 401) return { rows, visible: null };
        throw error;
      }
      if (!rows.length) return { rows, visible: new Set() };
      const students = rows.map((row) => row.studentId);
      return { rows, visible: await visibleStudents(deps.database, current, students) };
    });

  // A lease outlives a few missed heartbeats, so a live stream never loses its place.
  const leaseMs = heartbeatMs * 3;

  /**
   * One stream's life, from its first line to its lease's release. One object per stream, given
   * only what it needs, not the request's context: an instance may hold 10,000 streams, so each
   * should cost a few objects, not a closure per state.
   */
  class Follower implements OpenStream {
    #woken = false;
    /** When it was last woken (a mark of `reads`): it shares no read begun before. */
    #wokenAt = 0;
    #closed = false;
    #resolveSleep: ((woke: boolean) => void) | undefined;
    #renewedAt = deps.clock().getTime();
    /** When it last wrote (real time, as its timers run): the heartbeat is due a beat after. */
    #wroteAt = Date.now();

    constructor(
      readonly sink: EventSink,
      readonly opened: OpenedStream,
      readonly requestId: string,
    ) {}

    /** A wake-up that comes while the stream is reading is kept, not lost until the heartbeat. */
    wake(): void {
      this.#woken = true;
      this.#wokenAt = reads.wake();
      this.#resolveSleep?.(true);
    }

    close(): void {
      this.#closed = true;
      this.wake();
      this.sink.close();
    }

    /**
     * Writes `text`, or cuts the stream off when its reader has taken nothing for a heartbeat (a
     * frozen tab, a dead link): a stream must not outlive its lease, which counts it among the
     * person's few, nor hold a socket's buffers forever. The client comes back with Last-Event-ID.
     */
    async #send(text: string): Promise<void> {
      this.#wroteAt = Date.now();
      const waiting = this.sink.write(text);
      if (!waiting) return;
      let timer: NodeJS.Timeout | undefined;
      const stalled = await Promise.race([
        waiting.then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(resolve, heartbeatMs, true))),
      ]);
      clearTimeout(timer);
      if (stalled) {
        console.warn(`[${this.requestId}] event stream cut off: its reader took nothing for ${heartbeatMs} ms`);
        this.sink.cutOff();
      }
    }

    /** Once per heartbeat at most, not per event: many woken tabs must not mean many writes. */
    async #renewIfDue(): Promise<void> {
      const now = deps.clock().getTime();
      if (now - this.#renewedAt < heartbeatMs) return;
      this.#renewedAt = now;
      // Its place may have gone to another stream while this one waited (on the database, say):
      // it ends rather than be one more than the person's limit. The client comes back, counted.
      if (!(await renewStreamLease(deps.database, this.opened.lease, new Date(now + leaseMs)))) {
        console.warn(`[${this.requestId}] event stream ended: its lease had lapsed`);
        this.sink.cutOff();
      }
    }

    /** Runs until the stream ends; never rejects (a failure is logged with the request's id). */
    async run(): Promise<void> {
      const { sink: stream, opened } = this;
      const { actor, lease } = opened;
      let { cursor } = opened;
      const db = deps.database;
      streams.begin();
      streams.add(actor.id, this);
      // A read begun before this stream opened may predate an event it must see: it starts its own.
      this.#wokenAt = reads.wake();
      stream.onAbort(this);
      try {
        // Its place in the log, as an id with no event: a client that loses this stream before
        // any event resumes from here, not from a later "now" that would skip what came between.
        await this.#send(`: connected\nid: ${cursor}\n\n`);
        while (!this.#closed && !stream.aborted) {
          this.#woken = false;
          const { rows, visible } = await pending(actor, cursor, this.#wokenAt);
          // A person removed since the stream opened is signed out; a student no longer theirs is not named.
          if (visible === null) break;
          for (const row of rows) {
            if (stream.aborted) break; // cut off: the rest is replayed to the client's next stream
            cursor = row.id;
            if (!visible.has(row.studentId)) continue;
            const data: RealtimeEvent = {
              type: row.type,
              studentId: row.studentId,
              threadId: row.threadId,
              ...(row.messageId ? { messageId: row.messageId } : {}),
              ...(row.seq !== null ? { seq: row.seq } : {}),
              ...(row.personId ? { personId: row.personId } : {}),
            };
            await this.#send(`id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify(data)}\n\n`);
            await this.#renewIfDue();
          }
          if (rows.length === BATCH) continue;
          // Sleep until a notification for this person, or the heartbeat.
          let timer: NodeJS.Timeout | undefined;
          if (!this.#woken) {
            await new Promise<boolean>((resolve) => {
              this.#resolveSleep = resolve;
              timer = setTimeout(resolve, Math.max(0, heartbeatMs - (Date.now() - this.#wroteAt)), false);
            });
          }
          clearTimeout(timer);
          this.#resolveSleep = undefined;
          // A beat after the last write, not after the last wake: wakes that write nothing (an
          // event about a student no longer theirs) must not starve a proxy's idle timer.
          if (!this.#closed && Date.now() - this.#wroteAt >= heartbeatMs) await this.#send(': heartbeat\n\n');
          await this.#renewIfDue();
        }
      } catch (error) {
        console.error(`[${this.requestId}] event stream failed: ${describeError(error)}`);
      } finally {
        streams.remove(actor.id, this);
        await releaseStreamLease(db, lease).catch(() => undefined); // else it lapses
        stream.close();
        streams.end();
      }
    }
  }

  /** Writes the head and the stream to Node's response. Kept apart from the request's scope, so a stream holds no request. */
  function streamToNode(outgoing: ServerResponse, sent: Headers, opened: OpenedStream, requestId: string) {
    outgoing.writeHead(200, responseHeaders(sent));
    outgoing.flushHeaders();
    // @hono/node-server's close listener would abort the request's signal on disconnect, and
    // keeps the whole Request (~2 KiB) alive for the stream's life. The stream no longer reads
    // the request; its sink listens for close itself.
    outgoing.removeAllListeners('close');
    void new Follower(new NodeSink(outgoing), opened, requestId).run();
  }

  const { authenticate, rateLimit, validate } = middlewares(deps);
  app.get('/api/v1/events', authenticate, rateLimit, validate(getEvents), async (c) => {
    const { actor, query } = c.var;
    const header = c.req.header('Last-Event-ID') || undefined;
    // Refused like the query's: resuming "from now" instead would skip what the client missed.
    if (header !== undefined && !/^\d{1,18}$/.test(header)) {
      throw validationError([
        { path: 'header.Last-Event-ID', code: 'invalid_format', message: 'Give an event id: up to 18 digits.' },
      ]);
    }
    const resumeFrom = header ?? query.lastEventId;
    const db = deps.database;
    let cursor: number;
    if (resumeFrom !== undefined) {
      cursor = Number(resumeFrom);
    } else {
      // A fresh stream starts from now: history is read through the API.
      cursor = await lastEventOf(db, actor.id);
    }
    const lease = await acquireStreamLease(db, actor.id, deps.config.maxStreamsPerPerson, deps.clock(), leaseMs);
    if (!lease) throw rateLimited(5, 'Close another Tandem tab or window first.');
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no'); // proxies must not hold events back

    const opened: OpenedStream = { actor, cursor, lease };
    const requestId = c.get('requestId') ?? 'events';
    // On Node, the events go straight to the socket's response: a web stream per connection
    // (streamSSE and its reader) holds ~35 KiB of small objects, a held stream a few.
    const outgoing = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
    if (outgoing instanceof ServerResponse) {
      c.header('Content-Type', 'text/event-stream');
      c.header(X_ALREADY_SENT, 'true');
      const marker = c.body(null, 200);
      // @hono/node-server writes and ends a lightweight Response at once, whatever its headers
      // say; a full one marked as sent it leaves alone. Reading the body makes it full.
      void marker.body;
      // After every middleware has added its headers to the response (CORS, security, request id).
      setImmediate(() => streamToNode(outgoing, c.res.headers, opened, requestId));
      return marker;
    }
    // Elsewhere (in-process requests, other runtimes): Hono's web stream.
    return streamSSE(c, (stream) =>
      new Follower(
        {
          write: (text) => stream.write(text).then(() => undefined),
          get aborted() {
            return stream.aborted;
          },
          onAbort: (listener) => stream.onAbort(() => listener.wake()),
          cutOff: () => stream.abort(),
          close: () => void stream.close(),
        },
        opened,
        requestId,
      ).run(),
    );
  });
}

/** What a stream starts from: who, where in their log, and its place among their streams. */
interface OpenedStream {
  actor: Actor;
  cursor: number;
  lease: string;
}

/** Where a stream's text goes: Node's response, or a web stream. */
interface EventSink {
  /** Takes the text: undefined when it took it at once, else resolves once it has (the socket drained). */
  write(text: string): Promise<void> | undefined;
  readonly aborted: boolean;
  /** Who to wake when the other end goes away (the stream then sees `aborted`). */
  onAbort(listener: OpenStream): void;
  /** Drops the connection, unsent text and all (its reader stopped reading); `aborted` from then on. */
  cutOff(): void;
  close(): void;
}

/** The response headers Hono assembled, as Node's `writeHead` takes them. */
function responseHeaders(sent: Headers): Record<string, string> {
  const headers: Record<string, string> = {};
  sent.forEach((value, name) => {
    if (name !== X_ALREADY_SENT && name !== 'content-length') headers[name] = value;
  });
  return headers;
}

/** Node's response as an event sink: writes wait for `drain` when the socket's buffer is full. */
class NodeSink implements EventSink {
  aborted = false;
  #listener: OpenStream | undefined;
  #drained: (() => void) | undefined;

  constructor(readonly outgoing: ServerResponse) {
    // A client that left while its stream was being opened (signing in, taking the lease): its
    // close has come and gone, and a write would wait for a drain that never comes.
    this.aborted = outgoing.destroyed || !outgoing.socket || outgoing.socket.destroyed;
    outgoing.on('close', () => {
      this.aborted = true;
      this.#drained?.();
      this.#listener?.wake();
    });
    outgoing.on('drain', () => this.#drained?.());
  }

  write(text: string): Promise<void> | undefined {
    if (this.aborted || this.outgoing.write(text)) return undefined;
    if (this.outgoing.destroyed) {
      this.aborted = true; // gone since: no drain will come
      return undefined;
    }
    return new Promise((resolve) => {
      this.#drained = () => {
        this.#drained = undefined;
        resolve();
      };
    });
  }

  onAbort(listener: OpenStream): void {
    this.#listener = listener;
  }

  cutOff(): void {
    this.aborted = true;
    this.outgoing.destroy(); // its close resolves the write waiting for a drain
  }

  close(): void {
    if (!this.outgoing.writableEnded) this.outgoing.end();
  }
}
