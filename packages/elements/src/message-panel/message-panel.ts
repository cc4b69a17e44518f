import { msg, str } from '@lit/localize';
import {
  me,
  messages,
  paginate,
  students,
  subscribe,
  type Outbox,
  type OutboxItem,
  type TandemClient,
} from '@tandem/client';
import {
  MESSAGE_MAX_LENGTH,
  type Message,
  type Page,
  type Participant,
  type Student,
  type Thread,
} from '@tandem/contract';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { TandemMessageFailedEvent, TandemMessageSentEvent } from '../base/events.js';
import { baseLanguage, languageName, listFormat, viewerTimeZone } from '../base/intl.js';
import { StudentWidget } from '../base/student-widget.js';
import { isAbort } from '../base/tandem-element.js';
import { tokens } from '../base/tokens.js';
import {
  deliveryLabel,
  fromLanguage,
  loadFailure,
  quickReplies,
  roleLabel,
  sendFailure,
  type DeliveryState,
} from './labels.js';
import { styles } from './message-panel.styles.js';
import { outboxFor } from './outboxes.js';
import { VirtualLog } from './virtual-log.js';
import { clockIn, dayOf, formatClock, formatDayHeading, formatMoment, inRange } from './time.js';

/** One row of the virtualized history. */
type Row =
  | { kind: 'older' }
  | { kind: 'day'; key: string; at: string }
  | { kind: 'unread' }
  | { kind: 'message'; message: Message }
  | { kind: 'outbox'; item: OutboxItem };

/** How many messages one request fetches. */
const PAGE = 50;

const newestPage = (client: TandemClient, threadId: string, signal: AbortSignal) =>
  messages.list(client, { threadId, limit: PAGE }, { signal });

const keyOf = (row: Row): string =>
  row.kind === 'message'
    ? row.message.id
    : row.kind === 'outbox'
      ? `out-${row.item.clientMessageId}`
      : row.kind === 'day'
        ? `day-${row.key}`
        : row.kind;

/**
 * A conversation between a family and their child's educators: history paged from the newest
 * and virtualized, messages in the viewer's language with the original one tap away, sending
 * that survives going offline (each message is sent exactly once), live delivery and read
 * receipts, quick replies, and the educator's quiet hours said up front.
 *
 * With `thread-id`, that conversation; with only `student-id`, the viewer's conversations
 * about the student, the most recent open (a picker switches between them).
 *
 * @tagname tandem-message-panel
 * @summary Two-way family–school messages with translation and realtime delivery.
 *
 * @event tandem-message-sent - A message reached the server. `detail: { studentId, threadId, messageId }`.
 * @event tandem-message-failed - The server refused a message; it stays, marked not sent. `detail: { studentId, threadId, clientMessageId, kind }`.
 * @event tandem-error - Loading failed. `detail: { kind, operation, requestId? }`.
 *
 * @csspart base - The wrapper of everything, carrying the locale's direction.
 * @csspart header - Who the conversation is with, and when to expect an answer.
 * @csspart log - The scrolling history.
 * @csspart message - One message's bubble.
 * @csspart composer - The form to write and send.
 * @csspart button - Every button.
 * @csspart primary-button - The send button.
 *
 * @cssproperty --tandem-message-panel-height - Height of the history (default 28rem).
 * @cssproperty --tandem-message-panel-mine - Background of the viewer's own messages.
 * @cssproperty --tandem-message-panel-theirs - Background of others' messages.
 * @cssproperty --tandem-sys-color-primary - Buttons, links, focus ring.
 */
export class TandemMessagePanel extends StudentWidget<'none'> {
  static override styles = [tokens, styles];
  static override translationPart = 'message-panel' as const;

  static override properties = {
    ...StudentWidget.properties,
    threadId: { attribute: 'thread-id', reflect: true },
    _threads: { state: true },
    _thread: { state: true },
    _messages: { state: true },
    _pending: { state: true },
    _hasOlder: { state: true },
    _loadingOlder: { state: true },
    _originals: { state: true },
    _draft: { state: true },
    _announcement: { state: true },
    _newBelow: { state: true },
  };

  /** One conversation; without it, the viewer's most recent one about the student. */
  declare threadId: string | null;

  declare _threads: Thread[];
  declare _thread: Thread | null;
  /** Oldest first. */
  declare _messages: Message[];
  /** This thread's messages in the outbox, waiting or refused. */
  declare _pending: OutboxItem[];
  declare _hasOlder: boolean;
  declare _loadingOlder: boolean;
  /** Messages shown in their original language although a translation exists. */
  declare _originals: ReadonlySet<string>;
  declare _draft: string;
  declare _announcement: string;
  /** New messages arrived while the viewer was reading further up. */
  declare _newBelow: boolean;

  #viewerId = '';
  #student: Student | null = null;
  #cursor: string | null = null;
  #outbox: Outbox | undefined;
  #outboxListeners: (() => void)[] = [];
  /** The first message from others unread when the conversation opened (the divider stays there). */
  #unreadFrom = 0;
  readonly #log = new VirtualLog<Row>(this, {
    key: keyOf,
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.log'),
    onVisible: (first, last) => this.#onVisibility(first, last),
  });
  #lastVisible = -1;
  #anchor: 'initial' | 'bottom' | null = null;
  #marking = false;

  readonly #onVisible = () => this.#maybeMarkRead();

  constructor() {
    super();
    this.threadId = null;
    this._threads = [];
    this._thread = null;
    this._messages = [];
    this._pending = [];
    this._hasOlder = false;
    this._loadingOlder = false;
    this._originals = new Set();
    this._draft = '';
    this._announcement = '';
    this._newBelow = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback(); // ends loading and the realtime stream, which share its signal
    document.removeEventListener('visibilitychange', this.#onVisible);
    for (const off of this.#outboxListeners) off(); // the outbox keeps its messages, and sends them
    this.#outboxListeners = [];
  }

  protected override cameOnline(): void {
    void this.#outbox?.flush();
  }

  protected override reloadsOn(changed: PropertyValues<this>): boolean {
    return changed.has('threadId');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('_messages') || changed.has('_pending') || changed.has('_hasOlder'))
      this.#log.items = this.#buildRows();
  }

  protected override updated(): void {
    const anchor = this.#anchor;
    const rows = this.#log.items;
    if (!anchor || !rows.length || !this.renderRoot.querySelector('.log')) return;
    this.#anchor = null;
    const divider = anchor === 'initial' ? rows.find((row) => row.kind === 'unread') : undefined;
    if (divider) this.#log.scrollTo(keyOf(divider), 'start');
    else this.#log.scrollTo();
  }

  /** Who is talking, the newest messages, and live updates from then on. */
  protected override async load(client: TandemClient, studentId: string, signal: AbortSignal): Promise<void> {
    const allThreads = async () => {
      const list: Thread[] = [];
      const pages = paginate((cursor) => messages.listThreads(client, { studentId, cursor }, { signal }));
      for await (const thread of pages) list.push(thread);
      return list;
    };
    // With a thread id, its newest messages come along in the same round trip.
    const newest = this.threadId ? newestPage(client, this.threadId, signal) : undefined;
    newest?.catch(() => undefined); // awaited below, or dropped with a load that failed first
    const [viewer, student, threads] = await Promise.all([
      me.get(client, { signal }),
      students.get(client, { studentId }, { signal }),
      allThreads(),
    ]);
    if (signal.aborted) return;
    this.#viewerId = viewer.person.id;
    this.#student = student;
    this._threads = threads;
    const thread = this.threadId ? threads.find((t) => t.id === this.threadId) : threads[0];
    if (!thread) {
      if (this.threadId) throw Object.assign(new Error('thread not found'), { kind: 'not-found' });
      this._thread = null;
      this._state = 'none';
      return;
    }
    await this.#open(thread, signal, newest);
    this.#listen(signal);
  }

  async #open(thread: Thread, signal: AbortSignal, newest?: Promise<Page<Message>>) {
    const client = this.activeClient;
    if (!client) return;
    const page = await (newest ?? newestPage(client, thread.id, signal));
    if (signal.aborted) return;
    const mine = thread.participants.find((p) => p.id === this.#viewerId);
    const firstUnread = page.items
      .filter((m) => m.senderId !== this.#viewerId && m.seq > (mine?.lastReadSeq ?? 0))
      .at(-1);
    this.#unreadFrom = firstUnread?.seq ?? 0;
    this._thread = thread;
    this._messages = page.items.reverse();
    this.#cursor = page.nextCursor;
    this._hasOlder = page.nextCursor !== null;
    this._originals = new Set();
    this._newBelow = false;
    this.#anchor = 'initial';
    this.#attachOutbox();
    this._state = 'ready';
  }

  #attachOutbox() {
    const client = this.activeClient;
    if (!client || !this._thread) return;
    for (const off of this.#outboxListeners) off();
    const outbox = outboxFor(client, this.#viewerId);
    this.#outbox = outbox;
    const threadId = this._thread.id;
    const studentId = this._thread.studentId;
    const refresh = () => (this._pending = outbox.items(threadId));
    this.#outboxListeners = [
      outbox.on('change', refresh),
      outbox.on('sent', ({ item, message }) => {
        if (item.threadId !== threadId) return;
        this.#merge([message]);
        this.dispatchEvent(new TandemMessageSentEvent({ studentId, threadId, messageId: message.id }));
      }),
      outbox.on('failed', ({ item }) => {
        if (item.threadId !== threadId) return;
        this._announcement = `${deliveryLabel('failed')} ${sendFailure(item.error)}`;
        this.dispatchEvent(
          new TandemMessageFailedEvent({
            studentId,
            threadId,
            clientMessageId: item.clientMessageId,
            kind: item.error ?? 'unknown',
          }),
        );
      }),
    ];
    refresh();
    void outbox.flush(); // anything left from before a reload or an outage
  }

  /** Reads the realtime stream until `signal` ends (the next load, or leaving the page). */
  #listen(signal: AbortSignal) {
    const client = this.activeClient;
    if (!client) return;
    subscribe(client, {
      signal,
      onEvent: (event) => {
        const thread = this._thread;
        // Events name students by Tandem id; a page that names them `sis:<sourcedId>` refreshes
        // on any new thread (the list it reads is this student's alone).
        const forThisStudent = event.studentId === this.studentId || (this.studentId ?? '').startsWith('sis:');
        if (event.type === 'thread.created' && forThisStudent) {
          void this.#refreshThreads();
          return;
        }
        if (!thread || event.threadId !== thread.id) return;
        if (event.type === 'message.created') void this.#fetchNewer();
        else if (event.type === 'message.translated' && event.seq !== undefined) void this.#fetchNewer(event.seq);
        else if ((event.type === 'thread.read' || event.type === 'thread.delivered') && event.personId) {
          this.#receipt(event.personId, event.seq ?? 0, event.type === 'thread.read');
        }
      },
    });
  }

  async #refreshThreads() {
    const client = this.activeClient;
    if (!client || !this.studentId) return;
    const page = await messages.listThreads(client, { studentId: this.studentId }, { signal: this.signal });
    this._threads = page.items;
  }

  /** Fetches from the newest message down to `downTo` (default: what we have), filling any gap. */
  async #fetchNewer(downTo?: number) {
    const client = this.activeClient;
    const thread = this._thread;
    if (!client || !thread) return;
    const known = this._messages.at(-1)?.seq ?? 0;
    const floor = downTo ?? known + 1;
    const seen = new Set(this._messages.map((m) => m.id));
    const fetched: Message[] = [];
    let cursor: string | null | undefined;
    try {
      do {
        const page = await messages.list(
          client,
          { threadId: thread.id, limit: PAGE, ...(cursor ? { cursor } : {}) },
          { signal: this.signal },
        );
        fetched.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && (fetched.at(-1)?.seq ?? 0) > floor);
    } catch (error) {
      if (!isAbort(error)) this.reportError(error, 'refresh');
      return;
    }
    if (thread.id !== this._thread?.id) return;
    const arrived = fetched.filter((m) => !seen.has(m.id) && m.senderId !== this.#viewerId);
    const atBottom = this.#atBottom();
    this.#merge(fetched);
    const latest = arrived.sort((a, b) => a.seq - b.seq).at(-1);
    if (latest) {
      const from = this.#participant(latest.senderId)?.displayName ?? '';
      this._announcement = msg(str`New message from ${from}: ${this.#textOf(latest).text}`, { id: 'mp.announce' });
      if (atBottom) this.#anchor = 'bottom';
      else this._newBelow = true;
    }
  }

  #merge(incoming: Message[]) {
    const byId = new Map(this._messages.map((m) => [m.id, m]));
    for (const message of incoming) byId.set(message.id, message);
    this._messages = [...byId.values()].sort((a, b) => a.seq - b.seq);
    const newest = this._messages.at(-1);
    if (this._thread && newest && newest.seq > this._thread.lastSeq) {
      this._thread = { ...this._thread, lastSeq: newest.seq };
    }
  }

  #receipt(personId: string, seq: number, read: boolean) {
    const thread = this._thread;
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
    this._thread = { ...thread, participants };
  }

  async #loadOlder() {
    const client = this.activeClient;
    const thread = this._thread;
    if (!client || !thread || !this.#cursor || this._loadingOlder) return;
    this._loadingOlder = true;
    try {
      const page = await messages.list(
        client,
        { threadId: thread.id, limit: PAGE, cursor: this.#cursor },
        { signal: this.signal },
      );
      if (thread.id !== this._thread?.id) return;
      this.#cursor = page.nextCursor;
      this._hasOlder = page.nextCursor !== null;
      this.#merge(page.items); // the log keeps the reader's place
    } catch (error) {
      if (!isAbort(error)) this.reportError(error, 'load-older');
    } finally {
      this._loadingOlder = false;
    }
  }

  /** Loads every earlier message (for a reader who wants the whole history, and benchmarks). */
  async loadAll(): Promise<void> {
    while (this._hasOlder) {
      const before = this._messages.length;
      await this.#loadOlder();
      if (this._messages.length === before) return;
    }
  }

  #participant(id: string): Participant | undefined {
    return this._thread?.participants.find((p) => p.id === id);
  }

  get #others(): Participant[] {
    return this._thread?.participants.filter((p) => p.id !== this.#viewerId) ?? [];
  }

  get #isFamily(): boolean {
    return this.#student?.relationship.role === 'guardian';
  }

  #atBottom(): boolean {
    return this.#lastVisible >= this.#log.items.length - 1;
  }

  #onVisibility(first: number, last: number) {
    this.#lastVisible = last;
    if (this.#atBottom()) this._newBelow = false;
    // A removed panel's detached log reports its first row as visible: loading then would abort
    // at once and ask again, for ever.
    if (first === 0 && this._hasOlder && this.isConnected) void this.#loadOlder();
    this.#maybeMarkRead();
  }

  /** Marks read what the viewer can see at the bottom of the history, while the page is in view. */
  async #maybeMarkRead() {
    const client = this.activeClient;
    const thread = this._thread;
    const mine = this.#participant(this.#viewerId);
    const newest = this._messages.at(-1);
    if (!client || !thread || !mine || !newest || this.#marking) return;
    if (document.visibilityState !== 'visible' || !this.#atBottom() || newest.seq <= mine.lastReadSeq) return;
    this.#marking = true;
    try {
      const state = await messages.markRead(client, { threadId: thread.id }, { seq: newest.seq });
      this.#receipt(this.#viewerId, state.lastReadSeq, true);
      if (this._thread) this._thread = { ...this._thread, unreadCount: state.unreadCount };
    } catch (error) {
      if (!isAbort(error)) this.reportError(error, 'mark-read');
    } finally {
      this.#marking = false;
    }
  }

  #buildRows(): Row[] {
    const rows: Row[] = this._hasOlder ? [{ kind: 'older' }] : [];
    let day = '';
    const sent = new Set<string>();
    for (const message of this._messages) {
      const key = dayOf(message.sentAt);
      if (key !== day) rows.push({ kind: 'day', key: (day = key), at: message.sentAt });
      if (message.seq === this.#unreadFrom) rows.push({ kind: 'unread' });
      rows.push({ kind: 'message', message });
      if (message.senderId === this.#viewerId) sent.add(message.clientMessageId);
    }
    // A message can arrive through the stream before its send answers: show it once.
    for (const item of this._pending) if (!sent.has(item.clientMessageId)) rows.push({ kind: 'outbox', item });
    return rows;
  }

  /** The text to show: the viewer's language when there is a translation, unless they asked for the original. */
  #textOf(message: Message): { text: string; lang: string; translatedFrom?: string } {
    const want = baseLanguage(this.locale);
    const original = { text: message.body, lang: message.language };
    if (baseLanguage(message.language) === want || this._originals.has(message.id)) return original;
    const translation = message.translations.find((t) => baseLanguage(t.language) === want);
    return translation
      ? { text: translation.body, lang: translation.language, translatedFrom: message.language }
      : original;
  }

  #deliveryOf(message: Message): DeliveryState {
    const others = this.#others;
    if (others.length && others.every((p) => p.lastReadSeq >= message.seq)) return 'read';
    if (others.length && others.every((p) => p.lastDeliveredSeq >= message.seq)) return 'delivered';
    if (message.deliverAfter && Date.parse(message.deliverAfter) > Date.now()) return 'held';
    return 'sent';
  }

  #send(text: string) {
    const body = text.trim();
    const thread = this._thread;
    if (!body || !thread || !this.#outbox) return;
    this.#outbox.enqueue(thread.id, body);
    this._draft = '';
    this.#anchor = 'bottom';
  }

  #onKeydown(event: KeyboardEvent) {
    // Enter sends; Shift+Enter is a new line; Enter that confirms an input method's word is not a send.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.#send(this._draft);
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${this.#renderHeader()} ${this._online ? nothing : this.#renderOfflineBanner()}
      <p class="visually-hidden" role="status" aria-live="polite">${this._announcement}</p>
      ${this.#renderBody()}
    </div>`;
  }

  #renderOfflineBanner() {
    return html`<p class="offline" role="status">
      ${msg("You're offline. What you write will send when you're back online.", { id: 'mp.offlineBanner' })}
    </p>`;
  }

  #renderHeader() {
    const others = this.#others;
    const child = this.#student ? (this.#student.preferredName ?? this.#student.givenName) : '';
    const names = listFormat(this.locale, { type: 'conjunction' }).format(others.map((p) => p.displayName));
    const roles = [...new Set(others.map(roleLabel))].join(', ');
    // A div, not <header>: inside a widget it would be a second banner landmark on the page.
    return html`<div part="header" class="header">
      <div class="who">
        <h2 class="title">${names || msg('Messages', { id: 'mp.title' })}</h2>
        ${names ? html`<p class="subtitle">${roles} · ${msg(str`About ${child}`, { id: 'mp.about' })}</p>` : nothing}
        ${others.map((p) => this.#renderHours(p))}
      </div>
      ${this.#renderThreadPicker()}
    </div>`;
  }

  /** When an educator is off, in their time; the viewer's own clock is named when it differs. */
  #renderHours(person: Participant) {
    if (!person.quietHours) return nothing;
    const from = formatClock(person.quietHours.start, this.locale);
    const to = formatClock(person.quietHours.end, this.locale);
    const name = person.displayName;
    const zone = person.timeZone.split('/').pop()?.replace(/_/g, ' ') ?? person.timeZone;
    return html`<p class="hours">
      ${
        person.timeZone === viewerTimeZone()
          ? msg(str`${name} is off from ${from} to ${to}.`, { id: 'mp.hours' })
          : msg(str`${name} is off from ${from} to ${to} (${zone} time).`, { id: 'mp.hoursZone' })
      }
    </p>`;
  }

  #renderThreadPicker() {
    if (this.threadId || this._threads.length < 2) return nothing;
    const label = (thread: Thread) =>
      thread.participants
        .filter((p) => p.id !== this.#viewerId)
        .map((p) => p.displayName)
        .join(', ') + (thread.unreadCount ? ` (${thread.unreadCount})` : '');
    const choose = (event: Event) => {
      const thread = this._threads.find((t) => t.id === (event.target as HTMLSelectElement).value);
      const { signal } = this;
      if (thread && signal) void this.#open(thread, signal);
    };
    return html`<label class="picker">
      <span>${msg('Conversation', { id: 'mp.picker' })}</span>
      <select @change=${choose}>
        ${this._threads.map(
          (t) => html`<option value=${t.id} ?selected=${t.id === this._thread?.id}>${label(t)}</option>`,
        )}
      </select>
    </label>`;
  }

  #renderBody() {
    const loading = this.renderLoadState(
      msg('Loading messages…', { id: 'mp.loading' }),
      loadFailure,
      msg('Try again', { id: 'mp.retry' }),
    );
    if (loading) return loading;
    if (this._state === 'none') {
      return html`<p class="empty">${msg('No conversations about this student yet.', { id: 'mp.noThreads' })}</p>`;
    }
    return html`${this.#renderLog()} ${this.#renderQuietNotice()} ${this.#renderComposer()}`;
  }

  #renderLog() {
    if (!this._messages.length && !this._pending.length) {
      const names = this.#others.map((p) => p.displayName).join(', ');
      return html`<p class="empty log-empty">
        ${msg(str`No messages yet. Say hello to ${names}.`, { id: 'mp.empty' })}
      </p>`;
    }
    return html`<div class="log-wrap">
      <div class="log" part="log" role="region" tabindex="0" aria-label=${msg('Messages', { id: 'mp.title' })}>
        ${this.#log.render((row) => this.#renderRow(row))}
      </div>
      ${
        this._newBelow
          ? html`<button
              part="button"
              class="jump"
              type="button"
              @click=${() => {
                this._newBelow = false;
                this.#anchor = 'bottom';
                this.requestUpdate();
              }}
            >
              ${msg('New messages ↓', { id: 'mp.jump' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderRow(row: Row): TemplateResult {
    switch (row.kind) {
      case 'older':
        return html`<div class="older">
          <button part="button" type="button" ?disabled=${this._loadingOlder} @click=${() => this.#loadOlder()}>
            ${
              this._loadingOlder
                ? msg('Loading earlier messages…', { id: 'mp.loadingOlder' })
                : msg('Show earlier messages', { id: 'mp.older' })
            }
          </button>
        </div>`;
      case 'day':
        return html`<h3 class="day">${formatDayHeading(row.at, this.locale)}</h3>`;
      case 'unread':
        return html`<div class="unread" role="separator">${msg('New', { id: 'mp.unread' })}</div>`;
      case 'message':
        return this.#renderMessage(row.message);
      case 'outbox':
        return this.#renderPending(row.item);
    }
  }

  #renderMessage(message: Message) {
    const mine = message.senderId === this.#viewerId;
    const sender = mine ? msg('You', { id: 'mp.you' }) : (this.#participant(message.senderId)?.displayName ?? '');
    const { text, lang, translatedFrom } = this.#textOf(message);
    const showingOriginal = this._originals.has(message.id);
    const canTranslate = !!translatedFrom || showingOriginal;
    const toggle = () => {
      const next = new Set(this._originals);
      if (!next.delete(message.id)) next.add(message.id);
      this._originals = next;
    };
    const state = mine ? this.#deliveryOf(message) : null;
    return html`<div class="row ${mine ? 'mine' : 'theirs'}">
      <article part="message" class="bubble">
        <p class="sender ${mine || this._thread?.kind === 'direct' ? 'visually-hidden' : ''}">${sender}</p>
        <p class="body" lang=${lang} dir="auto">${text}</p>
        <p class="meta">
          <time datetime=${message.sentAt}>${formatMoment(message.sentAt, this.locale)}</time>
          ${message.editedAt ? html`<span>· ${msg('Edited', { id: 'mp.edited' })}</span>` : nothing}
          ${state ? this.#renderState(state, message) : nothing}
          ${
            translatedFrom
              ? html`<span>· ${fromLanguage(languageName(translatedFrom, this.locale))}</span>`
              : !mine && baseLanguage(message.language) !== baseLanguage(this.locale)
                ? html`<span>· ${languageName(message.language, this.locale)}</span>`
                : nothing
          }
          ${
            canTranslate
              ? html`<button class="link" part="button" type="button" @click=${toggle}>
                  ${
                    showingOriginal
                      ? msg('Show translation', { id: 'mp.showTranslation' })
                      : msg('Show original', { id: 'mp.showOriginal' })
                  }
                </button>`
              : nothing
          }
        </p>
      </article>
    </div>`;
  }

  #renderState(state: DeliveryState, message?: Message) {
    const icon = { sending: '◷', waiting: '◷', failed: '!', held: '☾', sent: '✓', delivered: '✓✓', read: '✓✓' }[state];
    const label =
      state === 'held' && message?.deliverAfter
        ? msg(str`Sent. It will reach them at ${formatMoment(message.deliverAfter, this.locale)}.`, {
            id: 'mp.state.heldUntil',
          })
        : deliveryLabel(state);
    return html`<span class="state state-${state}"><span aria-hidden="true">${icon}</span> ${label}</span>`;
  }

  #renderPending(item: OutboxItem) {
    const failed = item.state === 'failed';
    const state: DeliveryState = failed ? 'failed' : this._online ? 'sending' : 'waiting';
    return html`<div class="row mine">
      <article part="message" class="bubble pending ${failed ? 'failed' : ''}">
        <p class="sender visually-hidden">${msg('You', { id: 'mp.you' })}</p>
        <p class="body" dir="auto">${item.body}</p>
        <p class="meta">
          ${this.#renderState(state)} ${failed ? html`<span>${sendFailure(item.error)}</span>` : nothing}
          ${
            failed
              ? html`<button
                    class="link"
                    part="button"
                    type="button"
                    @click=${() => this.#outbox?.retry(item.clientMessageId)}
                  >
                    ${msg('Try again', { id: 'mp.retry' })}
                  </button>
                  <button class="link" part="button" type="button" @click=${() => this.#discard(item)}>
                    ${msg('Remove', { id: 'mp.remove' })}
                  </button>`
              : nothing
          }
        </p>
      </article>
    </div>`;
  }

  /** Takes a refused message back into the composer, so nothing typed is lost. */
  #discard(item: OutboxItem) {
    this.#outbox?.discard(item.clientMessageId);
    if (!this._draft.trim()) this._draft = item.body;
  }

  /** For a family writing during an educator's quiet hours: it will be read later, and when. */
  #renderQuietNotice() {
    if (!this.#isFamily) return nothing;
    const off = this.#others.find((p) => p.quietHours && inRange(clockIn(p.timeZone), p.quietHours));
    if (!off?.quietHours) return nothing;
    const until = formatClock(off.quietHours.end, this.locale);
    const name = off.displayName;
    return html`<p class="quiet" role="note">
      ${msg(str`${name} is off until ${until}. You can write now; they will see it then.`, { id: 'mp.quietNow' })}
    </p>`;
  }

  #renderComposer() {
    const names = this.#others.map((p) => p.displayName).join(', ');
    const left = MESSAGE_MAX_LENGTH - this._draft.length;
    return html`<form
      part="composer"
      class="composer"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        this.#send(this._draft);
      }}
    >
      <div class="quick" role="group" aria-label=${msg('Quick replies', { id: 'mp.quickLabel' })}>
        ${quickReplies().map(
          (reply) =>
            html`<button
              part="button"
              type="button"
              @click=${() => {
                this._draft = reply;
                void this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus());
              }}
            >
              ${reply}
            </button>`,
        )}
      </div>
      <label class="visually-hidden" for="draft">${msg(str`Message to ${names}`, { id: 'mp.draftLabel' })}</label>
      <div class="write">
        <textarea
          id="draft"
          rows="2"
          maxlength=${MESSAGE_MAX_LENGTH}
          dir="auto"
          aria-describedby="draft-help"
          .value=${live(this._draft)}
          @input=${(e: InputEvent) => (this._draft = (e.target as HTMLTextAreaElement).value)}
          @keydown=${(e: KeyboardEvent) => this.#onKeydown(e)}
        ></textarea>
        <button part="button primary-button" class="primary" type="submit" ?disabled=${!this._draft.trim()}>
          ${msg('Send', { id: 'mp.send' })}
        </button>
      </div>
      <p id="draft-help" class="help">
        ${msg('Enter sends. Shift+Enter starts a new line.', { id: 'mp.help' })}
        ${left < 200 ? msg(str`${left} characters left.`, { id: 'mp.left' }) : nothing}
      </p>
    </form>`;
  }
}
