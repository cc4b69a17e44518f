import { msg, str } from '@lit/localize';
import type { OutboxItem } from '@tandem/client';
import type { Message, Participant } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { baseLanguage, languageName } from '../../base/intl.js';
import type { LazySpeech } from '../../base/speech-loader.js';
import { reviewNote, translationNote } from '../../base/translation-notes.js';
import { deliveryLabel, reviewLabels, sendFailure, translationLabels, type DeliveryState } from '../labels.js';
import { formatMoment } from '../time.js';
import type { MessagePanelController } from './controller.js';
import { initials } from './rows.js';

export interface RowContext {
  data: MessagePanelController;
  locale: string;
  online: boolean;
  now: Date;
  speech: LazySpeech;
  retry(item: OutboxItem): void;
  discard(item: OutboxItem): void;
}

/** A person's initials in a circle, coloured as family (home) or school; the name is said in text beside it. */
export function avatar(person: Participant | undefined): TemplateResult {
  const side = person?.kind === 'guardian' ? 'home' : 'school';
  return html`<span class="avatar ${side}" aria-hidden="true">${initials(person?.displayName ?? '?')}</span>`;
}

export function renderState(state: DeliveryState, locale: string, message?: Message): TemplateResult {
  const icon = { sending: '◷', waiting: '◷', failed: '!', held: '☾', sent: '✓', delivered: '✓✓', read: '✓✓' }[state];
  const label =
    state === 'held' && message?.deliverAfter
      ? msg(str`Sent. It will reach them at ${formatMoment(message.deliverAfter, locale)}.`, {
          id: 'mp.state.heldUntil',
        })
      : deliveryLabel(state);
  return html`<span class="state state-${state}"><span aria-hidden="true">${icon}</span> ${label}</span>`;
}

/** One message: avatar and name at the start of a sender's run, the text, time, state, translation. */
export function messageRow(
  ctx: RowContext,
  message: Message,
  { first, last }: { first: boolean; last: boolean },
): TemplateResult {
  const { data, locale } = ctx;
  const mine = message.senderId === data.viewerId;
  const person = data.participant(message.senderId);
  const sender = mine ? msg('You', { id: 'mp.you' }) : (person?.displayName ?? '');
  const shown = data.textOf(message, locale);
  const state = mine ? data.deliveryOf(message) : null;
  const named = !mine && first && data.thread?.kind === 'group';
  return html`<div class="row ${mine ? 'mine' : 'theirs'} ${first ? 'first' : ''} ${last ? 'last' : ''}">
    ${mine ? nothing : first ? avatar(person) : html`<span class="avatar-space"></span>`}
    <article part="message" class="bubble">
      <p class="sender ${named ? '' : 'visually-hidden'}">${sender}</p>
      <p class="body" lang=${shown.lang} dir="auto">${shown.text}</p>
      <p class="meta">
        <time datetime=${message.sentAt}>${formatMoment(message.sentAt, locale, ctx.now)}</time>
        ${message.editedAt ? html`<span>· ${msg('Edited', { id: 'mp.edited' })}</span>` : nothing}
        ${state ? renderState(state, locale, message) : nothing} ${outside(ctx, message)}
        ${
          shown.translatable
            ? html`·
              ${translationNote([shown], !shown.from, () => data.toggleOriginal(message.id), locale, translationLabels())}`
            : !mine && baseLanguage(message.language) !== baseLanguage(locale)
              ? html`<span>· ${languageName(message.language, locale)}</span>`
              : nothing
        }
        ${ctx.speech.readAloud(
          { key: message.id, text: shown.text, lang: shown.lang },
          { read: msg('Read aloud', { id: 'mp.readAloud' }), stop: msg('Stop reading', { id: 'mp.stopReading' }) },
        )}
        ${review(ctx, message)}
      </p>
    </article>
  </div>`;
}

/**
 * How the message went outside the page: a reply written by email or text, and who was told of
 * it on their channel ("Sent to María by text at 5:40 PM"). Never the address.
 */
function outside(ctx: RowContext, message: Message) {
  const via =
    message.via === 'email'
      ? msg('Replied by email', { id: 'mp.via.email' })
      : message.via === 'sms'
        ? msg('Replied by text', { id: 'mp.via.sms' })
        : null;
  const reached = message.reachedBy
    .filter((r) => r.personId !== ctx.data.viewerId)
    .map((r) => {
      const name = ctx.data.participant(r.personId)?.displayName ?? '';
      const at = formatMoment(r.at, ctx.locale, ctx.now);
      if (r.channel === 'email') return msg(str`Sent to ${name} by email at ${at}`, { id: 'mp.reached.email' });
      if (r.channel === 'sms') return msg(str`Sent to ${name} by text at ${at}`, { id: 'mp.reached.sms' });
      return msg(str`Sent to ${name} as a phone notification at ${at}`, { id: 'mp.reached.push' });
    });
  return [...(via ? [via] : []), ...reached].map((line) => html`<span class="outside">· ${line}</span>`);
}

/** Where an interpreter's check stands; an educator asks for one on a translated message. */
function review(ctx: RowContext, message: Message) {
  const set =
    !ctx.data.mayReview || !message.translations.length
      ? undefined
      : { busy: false, to: (next: 'needed' | 'reviewed') => void ctx.data.setReview(message, next) };
  const note = reviewNote(message.interpreterReview, reviewLabels(), set);
  return note === nothing ? nothing : html`<span>· ${note}</span>`;
}

/** One of the viewer's messages still in the outbox: sending, waiting for a connection, or refused. */
export function pendingRow(ctx: RowContext, item: OutboxItem): TemplateResult {
  const failed = item.state === 'failed';
  const state: DeliveryState = failed ? 'failed' : ctx.online ? 'sending' : 'waiting';
  return html`<div class="row mine first last">
    <article part="message" class="bubble pending ${failed ? 'failed' : ''}">
      <p class="sender visually-hidden">${msg('You', { id: 'mp.you' })}</p>
      <p class="body" dir="auto">${item.body}</p>
      <p class="meta">
        ${renderState(state, ctx.locale)} ${failed ? html`<span>${sendFailure(item.error)}</span>` : nothing}
        ${
          failed
            ? html`<button class="link" part="button" type="button" @click=${() => ctx.retry(item)}>
                  ${msg('Try again', { id: 'mp.retry' })}
                </button>
                <button class="link" part="button" type="button" @click=${() => ctx.discard(item)}>
                  ${msg('Remove', { id: 'mp.remove' })}
                </button>`
            : nothing
        }
      </p>
    </article>
  </div>`;
}
