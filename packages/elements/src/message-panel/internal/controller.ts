import { messages, paginate, subscribe, type Outbox, type OutboxItem, type TandemClient } from '@tandem/client';
import type { Message, Page, Participant, RealtimeEvent, Thread } from '@tandem/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StudentLoader, type StudentLoad } from '../../base/student-loader.js';
import { isAbort } from '../../base/tandem-element.js';
import { contentLanguages, Originals, pick, type Review, type Shown } from '../../base/translated-text.js';
import type { DeliveryState } from '../labels.js';
import type { outboxFor } from './outboxes.js';
import { markReadBody, PAGE, sendBody } from './requests.js';

export interface MessagePanelOptions {
  client(): TandemClient | null;
  studentId(): string | null;
  /** One conversation; null: the viewer's most recent about the student. */
  threadId(): string | null;
  /** The ONE error path: every failed load or command, with what was being done. */
  failed?(error: unknown, operation: string): void;
  /** A message of the viewer's reached the server. */
  sent?(message: Message): void;
  /** The server refused one of the viewer's messages (it stays, marked not sent). */
  refused?(item: OutboxItem): void;
  /** Someone else's message arrived live in the open conversation. */
  arrived?(message: Message): void;
  /** The clock (tests inject one). */
  now?(): Date;
}

/** A conversation shown with a load's client, for its viewer, while that load's signal lasts. */
interface OpenConversation {
  client: TandemClient;
  thread: Thread;
  viewerId: string;
  signal: AbortSignal;
}

/** Every page of a student's conversations: the first load and every refresh read them all. */
async function allThreads(client: TandemClient, studentId: string, signal: AbortSignal): Promise<Thread[]> {
  const list: Thread[] = [];
  for await (const thread of paginate((cursor) => messages.listThreads(client, { studentId, cursor }, { signal })))
    list.push(thread);
  return list;
}

const newestPage = (client: TandemClient, threadId: string, signal: AbortSignal) =>
  messages.list(client, { threadId, limit: PAGE }, { signal });

/**
 * The message panel's data: the student's conversations, the open one's messages paged from the
 * newest, the viewer's waiting and refused messages (the outbox), live events folded in, and the
 * commands a person gives. No DOM; the element renders what it exposes.
 */
export class MessagePanelController implements ReactiveController {
  readonly loader: StudentLoader<'none'>;
  #threads: readonly Thread[] = [];
  #thread: Thread | null = null;
  /** Oldest first. */
  #messages: readonly Message[] = [];
  #pending: readonly OutboxItem[] = [];
  #cursor: string | null = null;
  #loadingOlder = false;
  /** The conversation being opened, and whether one of its messages was announced meanwhile. */
  #opening: { threadId: string; missed: boolean } | undefined;
  /** Which messages show their original; translation on or off for the whole conversation. */
  readonly originals: Originals;
  #unreadFrom = 0;
  #outbox: Outbox | undefined;
  #outboxOff: (() => void)[] = [];
  /** The outboxes' code: in the conversation chunk, so that the entry stays small (useOutboxes). */
  #outboxFor: typeof outboxFor | undefined;
  /** The conversation shown, until its outbox is attached: whose, and the load that showed it. */
  #unattached: OpenConversation | undefined;
  #marking = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MessagePanelOptions,
  ) {
    host.addController(this);
    this.originals = new Originals(host);
    this.loader = new StudentLoader<'none'>(host, {
      client: options.client,
      studentId: options.studentId,
      dependsOn: () => [options.threadId()],
      load: (input) => this.#load(input),
      failed: (error) => options.failed?.(error, 'load'),
      online: () => void this.#outbox?.flush(),
    });
  }

  hostDisconnected(): void {
    for (const off of this.#outboxOff) off(); // the outbox keeps its messages, and sends them
    this.#outboxOff = [];
  }

  get threads(): readonly Thread[] {
    return this.#threads;
  }
  get thread(): Thread | null {
    return this.#thread;
  }
  get messages(): readonly Message[] {
    return this.#messages;
  }
  /** The open conversation's messages in the outbox, waiting or refused. */
  get pending(): readonly OutboxItem[] {
    return this.#pending;
  }
  get hasOlder(): boolean {
    return this.#cursor !== null;
  }
  get loadingOlder(): boolean {
    return this.#loadingOlder;
  }
  /** Machine translation on (the default) or every message in its original language. */
  get translating(): boolean {
    return this.originals.translating;
  }
  /** The first message from others that was unread when the conversation opened (0: none). */
  get unreadFrom(): number {
    return this.#unreadFrom;
  }
  get viewerId(): string {
    return this.loader.viewer?.person.id ?? '';
  }
  get isFamily(): boolean {
    return this.loader.student?.relationship.role === 'guardian';
  }
  /** The student's educators ask for (and record) an interpreter's check of translations; the server decides. */
  get mayReview(): boolean {
    return this.loader.student?.relationship.role === 'educator';
  }
  participant(id: string): Participant | undefined {
    return this.#thread?.participants.find((p) => p.id === id);
  }
  /** Everyone in the open conversation but the viewer. */
  get others(): Participant[] {
    return this.#thread?.participants.filter((p) => p.id !== this.viewerId) ?? [];
  }

  async #load({ client, studentId, signal, people }: StudentLoad): Promise<'none' | undefined> {
    const threadId = this.options.threadId();
    // With a thread id, its newest messages come in the same round as the threads.
    const newest = threadId ? newestPage(client, threadId, signal) : undefined;
    newest?.catch(() => undefined); // awaited below, or dropped with a load that failed first
    const threads = await allThreads(client, studentId, signal);
    if (signal.aborted) return undefined; // a newer load shows its own threads
    const thread = threadId ? threads.find((t) => t.id === threadId) : threads[0];
    this.#threads = threads;
    if (!thread) {
      if (threadId) throw Object.assign(new Error('thread not found'), { kind: 'not-found' });
      this.#thread = null;
      return 'none';
    }
    // Asked for as soon as the thread is known: it does not wait for who is signed in.
    const [page] = await Promise.all([newest ?? newestPage(client, thread.id, signal), people]);
    if (signal.aborted) return undefined; // a newer load shows its own (and knows its viewer)
    this.#show(thread, page, this.viewerId);
    this.#attachOutbox({ client, thread, viewerId: this.viewerId, signal });
    // From where the page was read: a message sent since is replayed, not missed.
    this.#listen(client, studentId, signal, page.lastEventId);
    return undefined;
  }

  #show(thread: Thread, page: Page<Message>, viewerId: string) {
    const mine = thread.participants.find((p) => p.id === viewerId);
    const firstUnread = page.items.filter((m) => m.senderId !== viewerId && m.seq > (mine?.lastReadSeq ?? 0)).at(-1);
    this.#unreadFrom = firstUnread?.seq ?? 0;
    this.#thread = thread;
    this.#messages = [...page.items].reverse();
    this.#cursor = page.nextCursor;
    this.originals.reset();
  }

  /**
   * Hands over the outboxes once the conversation chunk is in (before the panel draws with it):
   * the open conversation's waiting messages show, and what is typed can be sent.
   */
  useOutboxes(outboxes: typeof outboxFor): void {
    this.#outboxFor = outboxes;
    this.#attachOutbox();
  }

  /** The conversation's outbox, now or (before the conversation chunk is in) at useOutboxes. */
  #attachOutbox(shown = this.#unattached) {
    // Not for a load overtaken meanwhile (another person signed in, another student) or ended
    // with the panel: its client and person are not the ones shown now.
    const open = shown?.signal.aborted ? undefined : shown;
    this.#unattached = this.#outboxFor ? undefined : open; // kept until the outboxes' code is in
    if (!open || !this.#outboxFor) return;
    const { client, thread, viewerId } = open;
    for (const off of this.#outboxOff) off();
    const outbox = this.#outboxFor(client, viewerId);
    this.#outbox = outbox;
    const refresh = () => {
      this.#pending = outbox.items(thread.id);
      this.host.requestUpdate();
    };
    this.#outboxOff = [
      outbox.on('change', refresh),
      outbox.on('sent', ({ item, message }) => {
        if (item.threadId !== this.#thread?.id) return;
        this.#merge([message]);
        this.options.sent?.(message);
      }),
      outbox.on('failed', ({ item }) => {
        if (item.threadId === this.#thread?.id) this.options.refused?.(item);
      }),
    ];
    refresh();
    void outbox.flush(); // anything left from before a reload or an outage
  }

  /** Reads the realtime stream until `signal` ends (the next load, or leaving the page). */
  #listen(client: TandemClient, studentId: string, signal: AbortSignal, lastEventId: string | undefined) {
    subscribe(client, {
      signal,
      ...(lastEventId ? { lastEventId } : {}),
      onEvent: (event) => this.#fold(event, client, studentId, signal),
    });
  }

  #fold(event: RealtimeEvent, client: TandemClient, studentId: string, signal: AbortSignal) {
    // Events name students by Tandem id; a page that names them `sis:<sourcedId>` refreshes on
    // any new thread (the list it reads is this student's alone).
    if (event.type === 'thread.created' && (event.studentId === studentId || studentId.startsWith('sis:'))) {
      void this.#attempt('refresh', async () => {
        const threads = await allThreads(client, studentId, signal);
        this.#threads = threads;
      });
      return;
    }
    // A conversation being opened hears of its messages only once its page is in: read again then.
    if (event.threadId === this.#opening?.threadId && event.type.startsWith('message.')) this.#opening.missed = true;
    if (event.threadId !== this.#thread?.id) return;
    if (event.type === 'message.created') void this.#fetchNewer();
    else if ((event.type === 'message.translated' || event.type === 'message.updated') && event.seq !== undefined)
      void this.#fetchNewer(event.seq);
    else if ((event.type === 'thread.read' || event.type === 'thread.delivered') && event.personId)
      this.#receipt(event.personId, event.seq ?? 0, event.type === 'thread.read');
  }

  /**
   * Runs a command with the client and the current load's signal. The one error path: a
   * cancelled command is dropped, a failed one told through `failed(error, operation)`.
   */
  async #attempt(operation: string, run: (client: TandemClient, signal: AbortSignal) => Promise<void>) {
    const client = this.options.client();
    const signal = this.loader.signal;
    if (!client || !signal) return;
    try {
      await run(client, signal);
    } catch (error) {
      if (!isAbort(error) && !signal.aborted) this.options.failed?.(error, operation);
    } finally {
      this.host.requestUpdate();
    }
  }

  /** Fetches from the newest message down to `downTo` (default: what we have), filling any gap. */
  #fetchNewer(downTo?: number) {
    const thread = this.#thread;
    return this.#attempt('refresh', async (client, signal) => {
      if (!thread) return;
      const floor = downTo ?? (this.#messages.at(-1)?.seq ?? 0) + 1;
      const seen = new Set(this.#messages.map((m) => m.id));
      const fetched: Message[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<Message> = await messages.list(
          client,
          { threadId: thread.id, limit: PAGE, ...(cursor ? { cursor } : {}) },
          { signal },
        );
        fetched.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && (fetched.at(-1)?.seq ?? 0) > floor);
      if (thread.id !== this.#thread?.id) return;
      this.#merge(fetched);
      const latest = fetched
        .filter((m) => !seen.has(m.id) && m.senderId !== this.viewerId)
        .sort((a, b) => a.seq - b.seq)
        .at(-1);
      if (latest) this.options.arrived?.(latest);
    });
  }

  #merge(incoming: readonly Message[]) {
    const byId = new Map(this.#messages.map((m) => [m.id, m]));
    for (const message of incoming) byId.set(message.id, message);
    this.#messages = [...byId.values()].sort((a, b) => a.seq - b.seq);
    const newest = this.#messages.at(-1);
    if (this.#thread && newest && newest.seq > this.#thread.lastSeq)
      this.#thread = { ...this.#thread, lastSeq: newest.seq };
    this.host.requestUpdate();
  }

  #receipt(personId: string, seq: number, read: boolean) {
    const thread = this.#thread;
    if (!thread) return;
    const participants = thread.participants.map((p) =>
      p.id === personId
        ? {
            ...p,
            lastDeliveredSeq: Math.max(p.lastDeliveredSeq, seq),
            lastReadSeq: read ? Math.max(p.lastReadSeq, seq) : p.lastReadSeq,
          }
        : p,
    );
    this.#thread = { ...thread, participants };
    this.host.requestUpdate();
  }

  // ---- commands ----

  /** Queues a message (shown at once, sent exactly once, retried after an outage); false when there is nothing to send. */
  send(draft: string): boolean {
    const body = sendBody(draft);
    if (body === null || !this.#thread || !this.#outbox) return false;
    this.#outbox.enqueue(this.#thread.id, body);
    return true;
  }

  /** A refused message, sent again. */
  retry(clientMessageId: string): void {
    this.#outbox?.retry(clientMessageId);
  }

  /** Takes a refused message out of the outbox; returns its text, so nothing typed is lost. */
  discard(clientMessageId: string): string {
    const item = this.#pending.find((i) => i.clientMessageId === clientMessageId);
    this.#outbox?.discard(clientMessageId);
    return item?.body ?? '';
  }

  /** Opens another of the student's conversations. */
  openThread(threadId: string): Promise<void> {
    return this.#attempt('open', async (client, signal) => {
      const thread = this.#threads.find((t) => t.id === threadId);
      if (!thread) throw Object.assign(new Error('thread not found'), { kind: 'not-found' });
      const opening = { threadId, missed: false };
      this.#opening = opening;
      try {
        this.#show(thread, await newestPage(client, thread.id, signal), this.viewerId);
      } finally {
        if (this.#opening === opening) this.#opening = undefined;
      }
      this.#attachOutbox({ client, thread, viewerId: this.viewerId, signal });
      // A message of this conversation was announced while its page was on its way.
      if (opening.missed) void this.#fetchNewer();
    });
  }

  /** The page before the oldest message shown. */
  loadOlder(): Promise<void> {
    const thread = this.#thread;
    const cursor = this.#cursor;
    if (!thread || !cursor || this.#loadingOlder) return Promise.resolve();
    this.#loadingOlder = true;
    this.host.requestUpdate();
    return this.#attempt('load-older', async (client, signal) => {
      try {
        const page = await messages.list(client, { threadId: thread.id, limit: PAGE, cursor }, { signal });
        if (thread.id !== this.#thread?.id) return;
        this.#cursor = page.nextCursor;
        this.#merge(page.items);
      } finally {
        this.#loadingOlder = false;
      }
    });
  }

  /** Every earlier message (for a reader who wants the whole history, and benchmarks); resolves to how many are loaded. */
  async loadAll(): Promise<number> {
    while (this.hasOlder) {
      const before = this.#messages.length;
      await this.loadOlder();
      if (this.#messages.length === before) break;
    }
    return this.#messages.length;
  }

  /** Marks read everything up to the newest message (the element calls it when the viewer sees the bottom). */
  markRead(): Promise<void> {
    const thread = this.#thread;
    const body = markReadBody(this.#messages.at(-1), this.participant(this.viewerId));
    if (!thread || !body || this.#marking) return Promise.resolve();
    this.#marking = true;
    return this.#attempt('mark-read', async (client) => {
      try {
        const state = await messages.markRead(client, { threadId: thread.id }, body);
        this.#receipt(this.viewerId, state.lastReadSeq, true);
        if (this.#thread?.id === thread.id) this.#thread = { ...this.#thread, unreadCount: state.unreadCount };
      } finally {
        this.#marking = false;
      }
    });
  }

  /** An educator asks for a human interpreter's check of a message's translations, or records it done. */
  setReview(message: Message, review: Review): Promise<void> {
    return this.#attempt('interpreter-review', async (client) => {
      this.#merge([
        await messages.setInterpreterReview(client, { messageId: message.id }, { interpreterReview: review }),
      ]);
    });
  }

  /** Machine translation on or off for the whole conversation. */
  toggleTranslation(): void {
    this.originals.toggleAll();
  }

  /** One message in its original language, or back to its translation. */
  toggleOriginal(messageId: string): void {
    this.originals.toggle(messageId);
  }

  // ---- what the views read ----

  /**
   * The text to show: in the viewer's preferred language (then the interface's) when there is a
   * translation, unless they asked for the original (see contentLanguages).
   */
  textOf(message: Message, locale: string): Shown {
    const want = contentLanguages(this.loader.viewer?.person.preferredLanguage, locale);
    return pick(message.body, message.language, message.translations, want, this.originals.shows(message.id));
  }

  /** Whether any message shown has a translation into `locale` (the conversation-wide toggle applies). */
  hasTranslations(locale: string): boolean {
    return this.#messages.some((m) => this.textOf(m, locale).translatable);
  }

  deliveryOf(message: Message): DeliveryState {
    const others = this.others;
    if (others.length && others.every((p) => p.lastReadSeq >= message.seq)) return 'read';
    if (others.length && others.every((p) => p.lastDeliveredSeq >= message.seq)) return 'delivered';
    const now = (this.options.now?.() ?? new Date()).getTime();
    if (message.deliverAfter && Date.parse(message.deliverAfter) > now) return 'held';
    return 'sent';
  }
}
