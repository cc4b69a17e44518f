import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { listFormat } from '../../base/intl.js';
import { roleLabel } from '../labels.js';
import type { MessagePanelController } from './controller.js';
import { quietHours } from './quiet-hours.js';
import { threadList } from './thread-list.js';

/**
 * Who the conversation is with (name, role, about which child), when to expect an answer, the
 * conversation-wide translation toggle, and the conversation picker (unless one is fixed).
 */
export function header(data: MessagePanelController, locale: string, fixedThread: boolean): TemplateResult {
  const others = data.others;
  const student = data.loader.student;
  const child = student ? (student.preferredName ?? student.givenName) : '';
  const names = listFormat(locale, { type: 'conjunction' }).format(others.map((p) => p.displayName));
  const roles = [...new Set(others.map(roleLabel))].join(', ');
  // A div, not <header>: inside a widget it would be a second banner landmark on the page.
  return html`<div part="header" class="header">
    <div class="who">
      <h2 class="title">${names || msg('Messages', { id: 'mp.title' })}</h2>
      ${names ? html`<p class="subtitle">${roles} · ${msg(str`About ${child}`, { id: 'mp.about' })}</p>` : nothing}
      ${others.map((p) => quietHours(p, locale))}
    </div>
    <div class="tools">
      ${
        data.hasTranslations(locale)
          ? html`<button
              part="button"
              class="translate"
              type="button"
              aria-pressed=${data.translating ? 'true' : 'false'}
              @click=${() => data.toggleTranslation()}
            >
              ${msg('Translate messages', { id: 'mp.translateAll' })}
            </button>`
          : nothing
      }
      ${fixedThread ? nothing : threadList(data.threads, data.thread, data.viewerId, (id) => void data.openThread(id))}
    </div>
  </div>`;
}
