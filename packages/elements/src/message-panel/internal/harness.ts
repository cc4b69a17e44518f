import { Harness } from '../../base/harness.js';
import type { TandemMessagePanel } from '../message-panel.js';

/**
 * Drives a `<tandem-message-panel>` as a family member or an educator does: read the
 * conversation, write and send, tap a quick reply, switch conversation, show the original.
 */
export class MessagePanelHarness extends Harness<TandemMessagePanel> {
  /** The text of every message in the DOM, oldest first. */
  bodies(): string[] {
    return this.texts('.bubble .body');
  }

  /** The viewer's own messages. */
  mine(): string[] {
    return this.texts('.mine .body');
  }

  /** Each of the viewer's messages' state, in words ("Sent", "Read", "Not sent."). */
  states(): string[] {
    return this.texts('.mine .state').map((text) => text.replace(/^[^\p{L}]+/u, ''));
  }

  /** The composer's field. */
  get draft(): HTMLTextAreaElement {
    return this.get<HTMLTextAreaElement>('textarea');
  }

  /** Types a message and presses Enter, as a person does (without keyboard emulation). */
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
