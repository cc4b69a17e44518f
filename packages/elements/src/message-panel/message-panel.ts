import { msg, str } from '@lit/localize';
import type { OutboxItem } from '@tandem/client';
import type { Message } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TandemMessageFailedEvent, TandemMessageSentEvent } from '../base/events.js';
import { strings } from '../generated/strings/message-panel.js';
import { renderLanguageNotice } from '../base/language-notice.js';
import { baseLanguage } from '../base/intl.js';
import { loadStateStyles, renderLoadState } from '../base/load-state.js';
import { LazySpeech } from '../base/speech-loader.js';
import type { LoadState } from '../base/loader.js';
import { TandemElement } from '../base/tandem-element.js';
import { tokens } from '../base/tokens.js';
import { LazyPart } from '../base/lazy-part.js';
import type { Conversation } from './internal/conversation.js';
import { MessagePanelController } from './internal/controller.js';
import type { RowContext } from './internal/message-row.js';
import { offlineBanner } from './internal/offline-banner.js';
import { buildRows, keyOf, type Row } from './internal/rows.js';
import { deliveryLabel, loadFailure, sendFailure } from './labels.js';
import { styles } from './message-panel.styles.js';
import type { VirtualLog } from './virtual-log.js';

/**
 * A conversation between a family and their child's educators: history paged from the newest
 * and virtualized, messages in the viewer's language with the original one tap away, sending
 * that survives going offline (each message is sent exactly once), live delivery and read
 * receipts, quick replies, and the educator's quiet hours said up front.
 *
 * Shared content is shown in the signed-in person's preferred language when there is a
 * translation (then in the interface's: an app may pin the interface, not what a family reads),
 * marked "Machine-translated from …" with the original one tap away; an interpreter's check is
 * said to everyone, and the student's educators ask for it.
 *
 * With `thread-id`, that conversation; with only `student-id`, the viewer's conversations
 * about the student, the most recent open (a picker switches between them).
 *
 * @tagname tandem-message-panel
 * @summary Two-way family–school messages with translation and realtime delivery.
 *
 * @event tandem-message-sent - A message reached the server. `detail: { studentId, threadId, messageId }`.
 * @event tandem-message-failed - The server refused a message; it stays, marked not sent. `detail: { studentId, threadId, clientMessageId, kind }`.
 * @event tandem-error - Loading or a command failed. `detail: { kind, operation, requestId? }`.
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
export class TandemMessagePanel extends TandemElement {
  static override styles = [tokens, loadStateStyles, styles];
  static override translations = strings;

  /** The student the conversations are about. */
  @property({ attribute: 'student-id', reflect: true }) studentId: string | null = null;
  /** One conversation; without it, the viewer's most recent one about the student. */
  @property({ attribute: 'thread-id', reflect: true }) threadId: string | null = null;
  /** `light` (default), `dark`, or `auto` to follow the device. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  @state() private draft = '';
  @state() private announcement = '';
  /** The plain-language hint on an educator's draft. */
  @state() private plainHint = '';
  /** New messages arrived while the viewer was reading further up. */
  @state() private newBelow = false;

  readonly #data = new MessagePanelController(this, {
    client: () => this.activeClient,
    studentId: () => this.studentId,
    threadId: () => this.threadId || null,
    failed: (error, operation) => this.reportError(error, operation),
    sent: (message) => this.#sent(message),
    refused: (item) => this.#refused(item),
    arrived: (message) => this.#arrived(message),
  });
  readonly #view = new LazyPart<Conversation>(this, () => import('./internal/conversation.js'));
  /** The history's rows in view; made when the conversation view is in. */
  #log: VirtualLog<Row> | undefined;
  readonly #speech = new LazySpeech(this, () => this.speechPlatform);
  #lastVisible = -1;
  #anchor: 'initial' | 'bottom' | null = null;
  #shownThread: string | undefined;
  #rowsFor: unknown[] | undefined;
  readonly #onVisible = () => this.#maybeMarkRead();
  // On the page's screen, not only scrolled to the bottom of its own list: a panel further down
  // a school's page has not been read until the family scrolls to it.
  #onScreen = false;
  readonly #screen = new IntersectionObserver((entries) => {
    this.#onScreen = entries.at(-1)?.isIntersecting ?? false;
    this.#maybeMarkRead();
  });

  /**
   * Where loading stands: `waiting` (no client or student yet), `loading`, `ready`, `error`,
   * `offline`, or `none` (no conversation about the student). Read-only.
   */
  get loadState(): LoadState | 'none' {
    // Ready once the conversation view is in too (fetched beside the data).
    return this.#view.settle(this.#data.loader.state);
  }

  /** Loads every earlier message (for a reader who wants the whole history, and benchmarks); resolves to how many are loaded. */
  loadAll(): Promise<number> {
    return this.#data.loadAll();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisible);
    this.#screen.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback(); // the loader ends loading and the realtime stream
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#screen.disconnect();
    this.#onScreen = false;
  }

  protected override clientChanged(): void {
    this.requestUpdate(); // the loader notices the new client in this update
  }

  protected override willUpdate(): void {
    const data = this.#data;
    const view = this.#view.module;
    if (!view) return;
    data.useOutboxes(view.outboxFor);
    if (!this.#log) {
      this.#log = new view.VirtualLog<Row>(this, {
        key: keyOf,
        scroller: () => this.renderRoot.querySelector<HTMLElement>('.log'),
        onVisible: (first, last) => this.#onVisibility(first, last),
      });
    }
    const threadId = data.thread?.id;
    if (threadId !== this.#shownThread) {
      this.#shownThread = threadId;
      this.#anchor = 'initial'; // a conversation opens at its unread divider or its bottom
      this.newBelow = false;
    }
    const input = {
      messages: data.messages,
      pending: data.pending,
      hasOlder: data.hasOlder,
      unreadFrom: data.unreadFrom,
      viewerId: data.viewerId,
    };
    // Built again only when what they show changed (not on every scroll's render).
    const key = Object.values(input);
    if (this.#rowsFor?.every((value, i) => Object.is(value, key[i]))) return;
    this.#rowsFor = key;
    this.#log.items = buildRows(input);
  }

  protected override updated(): void {
    const anchor = this.#anchor;
    const rows = this.#log?.items ?? [];
    if (!anchor || !rows.length || !this.renderRoot.querySelector('.log')) return;
    this.#anchor = null;
    const divider = anchor === 'initial' ? rows.find((row) => row.kind === 'unread') : undefined;
    if (divider) this.#log?.scrollTo(keyOf(divider), 'start');
    else this.#log?.scrollTo();
  }

  #sent(message: Message) {
    const { studentId } = this.#data.thread ?? { studentId: '' };
    this.dispatchEvent(new TandemMessageSentEvent({ studentId, threadId: message.threadId, messageId: message.id }));
  }

  #refused(item: OutboxItem) {
    this.announcement = `${deliveryLabel('failed')} ${sendFailure(item.error)}`;
    const studentId = this.#data.thread?.studentId ?? '';
    const { threadId, clientMessageId } = item;
    this.dispatchEvent(
      new TandemMessageFailedEvent({ studentId, threadId, clientMessageId, kind: item.error ?? 'unknown' }),
    );
  }

  /** Announced without moving focus; the log follows only a reader at the bottom. */
  #arrived(message: Message) {
    const from = this.#data.participant(message.senderId)?.displayName ?? '';
    const text = this.#data.textOf(message, this.locale).text;
    this.announcement = msg(str`New message from ${from}: ${text}`, { id: 'mp.announce' });
    if (this.#atBottom()) this.#anchor = 'bottom';
    else this.newBelow = true;
  }

  #atBottom(): boolean {
    return this.#lastVisible >= (this.#log?.items.length ?? 0) - 1;
  }

  #onVisibility(first: number, last: number) {
    this.#lastVisible = last;
    if (this.#atBottom()) this.newBelow = false;
    // A removed panel's detached log reports its first row as visible: loading then would abort
    // at once and ask again, for ever.
    if (first === 0 && this.#data.hasOlder && this.isConnected) void this.#data.loadOlder();
    this.#maybeMarkRead();
  }

  /** Marks read what the viewer can see at the bottom of the history, while the panel is on screen. */
  #maybeMarkRead() {
    if (document.visibilityState === 'visible' && this.#onScreen && this.#atBottom()) void this.#data.markRead();
  }

  #send(text: string) {
    if (!this.#data.send(text)) return;
    this.draft = '';
    if (!this.#data.isFamily) this.#hint((this.plainHint = '')); // a hint on its way for the sent text is dropped
    this.#anchor = 'bottom';
  }

  /** Educators only: the hint's module is loaded the first time they type. */
  #hint(text: string) {
    void import('./internal/plain-hint.js').then((m) => m.hintLater(this, text, (hint) => (this.plainHint = hint)));
  }

  #focusDraft() {
    void this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus());
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${renderLanguageNotice(this)} ${this.#renderHeader()} ${offlineBanner(this.#data.loader.online)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.#renderBody()}
    </div>`;
  }

  #renderHeader() {
    const view = this.#view.module;
    // Only with the conversation: drawn while loading, it named no one yet or the viewer too,
    // in the language being replaced, and was drawn again at once.
    if (view && this.loadState === 'ready') return view.header(this.#data, this.locale, !!this.threadId);
    return html`<div part="header" class="header">
      <div class="who"><h2 class="title">${msg('Messages', { id: 'mp.title' })}</h2></div>
    </div>`;
  }

  #renderBody() {
    const data = this.#data;
    const loading = renderLoadState(
      data.loader,
      {
        loading: msg('Loading messages…', { id: 'mp.loading' }),
        failure: loadFailure,
        retry: msg('Try again', { id: 'mp.retry' }),
      },
      this.#view,
    );
    if (loading !== nothing) return loading;
    // Said without the conversation view: `none` is reported before that chunk is in.
    if (data.loader.state === 'none') {
      return html`<p class="empty">${msg('No conversations about this student yet.', { id: 'mp.noThreads' })}</p>`;
    }
    const view = this.#view.module;
    if (!view) return loading;
    const to = data.others.map((p) => p.displayName).join(', ');
    // Plain-language hints for educators writing English only (the measure is English's).
    const hinted = !data.isFamily && baseLanguage(this.locale) === 'en';
    return html`${this.#renderLog(view, to)} ${view.quietNotice(data.others, data.isFamily, this.locale, new Date())}
    ${view.composer({
      draft: this.draft,
      to,
      lang: this.locale,
      speech: this.#speech,
      hint: hinted ? this.plainHint : undefined,
      input: (draft) => {
        this.draft = draft;
        if (hinted) this.#hint(draft);
      },
      send: () => this.#send(this.draft),
      quickReply: (reply) => {
        this.draft = reply;
        if (hinted) this.#hint(reply);
        this.#focusDraft();
      },
    })}`;
  }

  #renderLog(view: Conversation, to: string) {
    const data = this.#data;
    const log = this.#log;
    if (!data.messages.length && !data.pending.length) {
      return html`<p class="empty log-empty">${msg(str`No messages yet. Say hello to ${to}.`, { id: 'mp.empty' })}</p>`;
    }
    const ctx: RowContext = {
      data,
      locale: this.locale,
      online: data.loader.online,
      now: new Date(),
      speech: this.#speech,
      retry: (item) => data.retry(item.clientMessageId),
      discard: (item) => {
        const body = data.discard(item.clientMessageId);
        if (!this.draft.trim()) this.draft = body; // nothing typed is lost
      },
    };
    return html`<div class="log-wrap">
      <div class="log" part="log" role="region" tabindex="0" aria-label=${msg('Messages', { id: 'mp.title' })}>
        ${log?.render((row) => this.#renderRow(view, row, ctx))}
      </div>
      ${
        this.newBelow
          ? html`<button
              part="button"
              class="jump"
              type="button"
              @click=${() => {
                this.newBelow = false;
                this.#anchor = 'bottom';
              }}
            >
              ${msg('New messages ↓', { id: 'mp.jump' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderRow(view: Conversation, row: Row, ctx: RowContext): TemplateResult {
    switch (row.kind) {
      case 'older': {
        const loading = this.#data.loadingOlder;
        return html`<div class="older">
          <button part="button" type="button" ?disabled=${loading} @click=${() => this.#data.loadOlder()}>
            ${
              loading
                ? msg('Loading earlier messages…', { id: 'mp.loadingOlder' })
                : msg('Show earlier messages', { id: 'mp.older' })
            }
          </button>
        </div>`;
      }
      case 'day':
        return html`<h3 class="day"><span>${view.formatDayHeading(row.at, this.locale)}</span></h3>`;
      case 'unread':
        return html`<div class="unread" role="separator">${msg('New', { id: 'mp.unread' })}</div>`;
      case 'message':
        return view.messageRow(ctx, row.message, row);
      case 'outbox':
        return view.pendingRow(ctx, row.item);
    }
  }
}
