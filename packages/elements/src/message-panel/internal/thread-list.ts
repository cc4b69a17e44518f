import { msg } from '@lit/localize';
import { UNREAD_COUNT_CAP, type Thread } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';

/** A capped count says so: "99+", never a number the server did not count to. */
const unread = (count: number) => (count >= UNREAD_COUNT_CAP ? `${UNREAD_COUNT_CAP - 1}+` : String(count));

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
    (thread.unreadCount ? ` (${unread(thread.unreadCount)})` : '');
  return html`<label class="picker">
    <span>${msg('Conversation', { id: 'mp.picker' })}</span>
    <select @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
      ${threads.map((t) => html`<option value=${t.id} ?selected=${t.id === open?.id}>${label(t)}</option>`)}
    </select>
  </label>`;
}
