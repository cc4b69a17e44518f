import { msg } from '@lit/localize';
import type { Thread } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';

/** Switches between the student's conversations (only when there are several and none is fixed). */
export function threadList(
  threads: readonly Thread[],
  open: Thread | null,
  viewerId: string,
  choose: (threadId: string) => void,
): TemplateResult | typeof nothing {
  if (threads.length < 2) return nothing;
  const label = (thread: Thread) =>
    (thread.subject ? `${thread.subject} · ` : '') +
    thread.participants
      .filter((p) => p.id !== viewerId)
      .map((p) => p.displayName)
      .join(', ') +
    (thread.unreadCount ? ` (${thread.unreadCount})` : '');
  return html`<label class="picker">
    <span>${msg('Conversation', { id: 'mp.picker' })}</span>
    <select @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
      ${threads.map((t) => html`<option value=${t.id} ?selected=${t.id === open?.id}>${label(t)}</option>`)}
    </select>
  </label>`;
}
