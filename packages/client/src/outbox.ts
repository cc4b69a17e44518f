import type { Message } from '@tandem/contract';
import type { TandemClient } from './client.js';
import type { TandemError } from './errors.js';
import { send as sendMessage } from './resources/messages.js';

/** A message waiting to be sent, or that the server refused. */
export interface OutboxItem {
  clientMessageId: string;
  threadId: string;
  body: string;
  language?: string;
  createdAt: string;
  state: 'pending' | 'failed';
  attempts: number;
  /** The error kind of the last refusal (`validation`, `forbidden`, …) for a failed item. */
  error?: string;
}

/** Where pending messages survive a reload: localStorage in a browser, memory elsewhere. */
export interface OutboxStorage {
  load(): OutboxItem[];
  save(items: OutboxItem[]): void;
}

export function memoryStorage(initial: OutboxItem[] = []): OutboxStorage {
  let items = [...initial];
  return { load: () => [...items], save: (next) => void (items = [...next]) };
}

/** Per signed-in person: pass a key that names them, so a shared device keeps outboxes apart. */
export function localStorageStorage(key: string): OutboxStorage {
  return {
    load() {
      try {
        const raw = globalThis.localStorage?.getItem(key);
        return raw ? (JSON.parse(raw) as OutboxItem[]) : [];
      } catch {
        return []; // unreadable storage: start empty rather than fail
      }
    },
    save(items) {
      try {
        globalThis.localStorage?.setItem(key, JSON.stringify(items));
      } catch {
        // full or blocked storage: the items stay in memory for this page
      }
    },
  };
}

export interface OutboxEvents {
  /** An item was added, sent, refused or changed state. */
  change: OutboxItem[];
  sent: { item: OutboxItem; message: Message };
  failed: { item: OutboxItem };
}

/** Errors that sending again may cure; the rest need the person (edit, sign in) or nothing. */
const TRANSIENT = new Set(['network', 'timeout', 'server', 'rate-limited']);

/**
 * Messages typed while offline or during a hiccup are kept, in order, and sent when the server
 * can be reached, each with its clientMessageId, so the server keeps exactly one copy however
 * often a send is repeated. Refused messages stay, marked failed, until retried or discarded.
 */
export class Outbox {
  readonly #client: TandemClient;
  readonly #storage: OutboxStorage;
  readonly #retryDelayMs: number;
  readonly #listeners = new Map<keyof OutboxEvents, Set<(detail: never) => void>>();
  #items: OutboxItem[];
  #flushing: Promise<void> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(client: TandemClient, options: { storage?: OutboxStorage; retryDelayMs?: number } = {}) {
    this.#client = client;
    this.#storage = options.storage ?? memoryStorage();
    this.#retryDelayMs = options.retryDelayMs ?? 2000;
    this.#items = this.#storage.load();
  }

  on<K extends keyof OutboxEvents>(type: K, listener: (detail: OutboxEvents[K]) => void): () => void {
    const set = this.#listeners.get(type) ?? new Set();
    set.add(listener as (detail: never) => void);
    this.#listeners.set(type, set);
    return () => set.delete(listener as (detail: never) => void);
  }

  #emit<K extends keyof OutboxEvents>(type: K, detail: OutboxEvents[K]) {
    for (const listener of this.#listeners.get(type) ?? []) (listener as (d: OutboxEvents[K]) => void)(detail);
  }

  #update(items: OutboxItem[]) {
    this.#items = items;
    this.#storage.save(items);
    this.#emit('change', [...items]);
  }

  /** Waiting and refused messages, oldest first (of one thread, if given). */
  items(threadId?: string): OutboxItem[] {
    return this.#items.filter((item) => threadId === undefined || item.threadId === threadId);
  }

  /** Queues a message and tries to send it at once. */
  enqueue(threadId: string, body: string, language?: string): OutboxItem {
    const item: OutboxItem = {
      clientMessageId: crypto.randomUUID(),
      threadId,
      body,
      ...(language ? { language } : {}),
      createdAt: new Date().toISOString(),
      state: 'pending',
      attempts: 0,
    };
    this.#update([...this.#items, item]);
    void this.flush();
    return item;
  }

  /** A refused message, back in line. */
  retry(clientMessageId: string): void {
    this.#update(
      this.#items.map((i) =>
        i.clientMessageId === clientMessageId ? { ...i, state: 'pending', error: undefined } : i,
      ),
    );
    void this.flush();
  }

  discard(clientMessageId: string): void {
    this.#update(this.#items.filter((i) => i.clientMessageId !== clientMessageId));
  }

  /** Sends what is pending, in order; one flush at a time. Call it when the device is back online. */
  flush(): Promise<void> {
    this.#flushing ??= this.#drain().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  /** Stops the retry timer (the items stay in storage). */
  close(): void {
    clearTimeout(this.#timer);
  }

  async #drain(): Promise<void> {
    clearTimeout(this.#timer);
    for (;;) {
      const item = this.#items.find((i) => i.state === 'pending');
      if (!item) return;
      const attempt = { ...item, attempts: item.attempts + 1 };
      this.#update(this.#items.map((i) => (i.clientMessageId === item.clientMessageId ? attempt : i)));
      try {
        const message = await sendMessage(
          this.#client,
          { threadId: item.threadId },
          {
            body: item.body,
            clientMessageId: item.clientMessageId,
            ...(item.language ? { language: item.language } : {}),
          },
        );
        this.#update(this.#items.filter((i) => i.clientMessageId !== item.clientMessageId));
        this.#emit('sent', { item: attempt, message });
      } catch (error) {
        const kind = (error as Partial<TandemError>).kind ?? 'network';
        if (TRANSIENT.has(kind)) {
          // Keep order: nothing after it goes first. Try again later.
          this.#timer = setTimeout(() => void this.flush(), this.#retryDelayMs);
          return;
        }
        const failed: OutboxItem = { ...attempt, state: 'failed', error: kind };
        this.#update(this.#items.map((i) => (i.clientMessageId === item.clientMessageId ? failed : i)));
        this.#emit('failed', { item: failed });
      }
    }
  }
}
