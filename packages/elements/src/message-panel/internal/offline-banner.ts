import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/** Offline: what is written waits in the outbox and sends on reconnecting. */
export function offlineBanner(online: boolean): TemplateResult | typeof nothing {
  if (online) return nothing;
  return html`<p class="offline" role="status">
    ${msg("You're offline. What you write will send when you're back online.", { id: 'mp.offlineBanner' })}
  </p>`;
}
