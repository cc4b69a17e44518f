import { Harness } from '../../base/harness.js';
import type { TandemMessagePanel } from '../message-panel.js';

/**
 * Drives a `<tandem-message-panel>` as a family member or an educator does: read who the
 * conversation is with and the messages, write and send, tap a quick reply, retry or remove a
 * refused message, switch conversation, show the original, scroll back through the history.
 */
export class MessagePanelHarness extends Harness<TandemMessagePanel> {
  /** Who the conversation is with (the heading). */
  get title(): string {
    return this.texts('h2')[0] ?? '';
  }

  /** Their role and the child ("Teacher · About Mateo"). */
  get subtitle(): string {
    return this.texts('.subtitle')[0] ?? '';
  }

  /** When each educator is off ("Ana Rivera is off from 5:00 PM to 7:30 AM."). */
  get hours(): string[] {
    return this.texts('.hours');
  }

  /** The note for a family writing in quiet hours, or ''. */
  get quietNotice(): string {
    return this.texts('.quiet')[0] ?? '';
  }

  /** What an empty conversation or a student without any says, or ''. */
  get emptyText(): string {
    return this.texts('.empty')[0] ?? '';
  }

  /** What a failed load says, and its buttons. */
  get problem(): { text: string; buttons: string[] } {
    return { text: this.texts('.problem p')[0] ?? '', buttons: this.texts('.problem button') };
  }

  get offline(): boolean {
    return this.all('.offline').length > 0;
  }

  /** The text of every message in the DOM, oldest first. */
  bodies(): string[] {
    return this.texts('.bubble .body');
  }

  /** The viewer's own sent messages. */
  mine(): string[] {
    return this.texts('.mine .bubble:not(.pending) .body');
  }

  /** Each of the viewer's messages' state in words, as shown ("✓✓ Read", "! Not sent."). */
  states(): string[] {
    return this.texts('.mine .state');
  }

  /** How messages went outside the page, as each says ("· Sent to María García by text at 5:40 PM"). */
  outside(): string[] {
    return this.texts('.bubble .outside');
  }

  /** The viewer's messages still in the outbox: their state, then what can be done with them. */
  pending(): { body: string; state: string; failed: boolean; actions: string[] }[] {
    return this.all('.pending').map((bubble) => ({
      body: (bubble.querySelector('.body')?.textContent ?? '').trim(),
      state: (bubble.querySelector('.state')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      failed: bubble.classList.contains('failed'),
      actions: [...bubble.querySelectorAll('button')].map((b) => (b.textContent ?? '').trim()),
    }));
  }

  /** The meta line (time, state, language) of others' messages. */
  theirMeta(): string[] {
    return this.texts('.theirs .meta');
  }

  /** The language each of others' messages is shown in (its `lang`). */
  theirLanguages(): string[] {
    return this.all('.theirs .body').map((body) => body.getAttribute('lang') ?? '');
  }

  /** Each sent message as shown: its text, its language and its read-aloud button's name (null when hidden). */
  readAloud(): { body: string; lang: string; button: string | null }[] {
    return this.all('.bubble:not(.pending)').map((bubble) => ({
      body: (bubble.querySelector('.body')?.textContent ?? '').trim(),
      lang: bubble.querySelector('.body')?.getAttribute('lang') ?? '',
      button: this.readAloudButtons(bubble)[0]?.textContent?.trim() ?? null,
    }));
  }

  /** The bubble of the message shown with `body` (in whichever language it is shown). */
  bubble(body: string): HTMLElement {
    const found = this.all('.bubble').find((b) => (b.querySelector('.body')?.textContent ?? '').trim() === body);
    if (!found) throw new Error(`no message "${body}" (has: ${this.bodies().join(' | ')})`);
    return found;
  }

  /** A message's translation note ("Machine-translated from Vietnamese · Show original"), or ''. */
  translationNoteOf(body: string): string {
    return (this.bubble(body).querySelector('.translation-note')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Where the interpreter's check of a message stands ('' when nobody asked). */
  reviewOf(body: string): string {
    return (this.bubble(body).querySelector('.review-status')?.textContent ?? '').trim();
  }

  /** Presses a button of one message (*Show original*, *Ask an interpreter to check*, *Mark as checked*). */
  async clickIn(body: string, name: string): Promise<void> {
    const bubble = this.bubble(body);
    const button = [...bubble.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === name);
    if (!button) throw new Error(`message "${body}" has no button "${name}"`);
    button.click();
    await this.element.updateComplete;
  }

  /** The senders' initials shown beside others' messages (hidden from screen readers, who hear the name). */
  avatars(): { initials: string; hidden: boolean }[] {
    return this.all('.avatar').map((a) => ({
      initials: (a.textContent ?? '').trim(),
      hidden: a.getAttribute('aria-hidden') === 'true',
    }));
  }

  /** The divider before unread messages ("New"), or ''. */
  get unreadDivider(): string {
    return this.texts('.unread')[0] ?? '';
  }

  /** Day separators in the history. */
  days(): string[] {
    return this.texts('.day');
  }

  /** How many messages are in the DOM (the log is virtualized), and how many elements in all. */
  get rendered(): { messages: number; elements: number } {
    return { messages: this.all('.bubble').length, elements: this.all('*').length };
  }

  /** Scrolls the history to its top, as a reader going back does. */
  scrollToTop(): void {
    this.get('.log').scrollTop = 0;
  }

  /** Whether the *Show earlier messages* row is there. */
  get hasOlder(): boolean {
    return this.all('.older').length > 0;
  }

  /** The composer's field. */
  get draft(): HTMLTextAreaElement {
    return this.get<HTMLTextAreaElement>('textarea');
  }

  /** Types a message and presses Enter (events as a person's typing makes them, without a keyboard). */
  async send(text: string): Promise<void> {
    this.draft.value = text;
    this.draft.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.element.updateComplete;
    this.draft.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await this.element.updateComplete;
  }

  /** The quick-reply buttons. */
  quickReplies(): HTMLButtonElement[] {
    return this.all<HTMLButtonElement>('[role="group"].quick button');
  }

  /** How many rows the quick replies take on screen. */
  quickReplyRows(): number {
    return new Set(this.quickReplies().map((button) => Math.round(button.getBoundingClientRect().top))).size;
  }

  /** The conversations offered to switch between (empty when there is one). */
  threads(): string[] {
    return this.all<HTMLSelectElement>('select').flatMap((select) =>
      [...select.options].map((option) => (option.textContent ?? '').trim()),
    );
  }
}
