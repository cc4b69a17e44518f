import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { quickReplies as replies } from '../labels.js';

/**
 * Short answers sent with one tap and a check, in one row that scrolls sideways on a phone
 * (each still a 44 px target, reached with Tab, brought into view when focused).
 */
export function quickReplies(choose: (reply: string) => void): TemplateResult {
  // Focus brings a reply into view in its row (the page itself does not move).
  const reveal = (event: FocusEvent) =>
    (event.target as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return html`<div
    class="quick"
    role="group"
    aria-label=${msg('Quick replies', { id: 'mp.quickLabel' })}
    @focusin=${reveal}
  >
    ${replies().map(
      (reply) => html`<button part="button" type="button" @click=${() => choose(reply)}>${reply}</button>`,
    )}
  </div>`;
}
