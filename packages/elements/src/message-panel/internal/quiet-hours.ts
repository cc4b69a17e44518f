import { msg, str } from '@lit/localize';
import type { Participant } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { viewerTimeZone } from '../../base/intl.js';
import { clockIn, formatClock, inRange } from '../time.js';

/** When an educator is off, in their time; the viewer's own clock is named when it differs. */
export function quietHours(person: Participant, locale: string): TemplateResult | typeof nothing {
  if (!person.quietHours) return nothing;
  const from = formatClock(person.quietHours.start, locale);
  const to = formatClock(person.quietHours.end, locale);
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

/** For a family writing during an educator's quiet hours: it will be read later, and when. */
export function quietNotice(
  others: readonly Participant[],
  isFamily: boolean,
  locale: string,
  now: Date,
): TemplateResult | typeof nothing {
  if (!isFamily) return nothing;
  const off = others.find((p) => p.quietHours && inRange(clockIn(p.timeZone, now), p.quietHours));
  if (!off?.quietHours) return nothing;
  const until = formatClock(off.quietHours.end, locale);
  const name = off.displayName;
  return html`<p class="quiet" role="note">
    ${msg(str`${name} is off until ${until}. You can write now; they will see it then.`, { id: 'mp.quietNow' })}
  </p>`;
}
