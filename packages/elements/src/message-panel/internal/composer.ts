import { msg, str } from '@lit/localize';
import { MESSAGE_MAX_LENGTH } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LazySpeech } from '../../base/speech-loader.js';
import { quickReplies } from './quick-replies.js';

export interface ComposerContext {
  draft: string;
  /** Who it goes to, for the field's label. */
  to: string;
  /** The viewer's language, to listen in. */
  lang: string;
  speech: LazySpeech;
  /** The plain-language hint (educators writing English), or undefined for none at all. */
  hint: string | undefined;
  input(draft: string): void;
  send(): void;
  quickReply(reply: string): void;
}

/** Quick replies, a field that grows with what is typed, and *Send*. Enter sends; Shift+Enter is a new line. */
export function composer(ctx: ComposerContext): TemplateResult {
  const left = MESSAGE_MAX_LENGTH - ctx.draft.length;
  const keydown = (event: KeyboardEvent) => {
    ctx.speech.escape(event);
    // Enter that confirms an input method's word is not a send.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    ctx.send();
  };
  return html`<form
    part="composer"
    class="composer"
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      ctx.send();
    }}
  >
    ${quickReplies(ctx.quickReply)}
    <label class="visually-hidden" for="draft">${msg(str`Message to ${ctx.to}`, { id: 'mp.draftLabel' })}</label>
    <div class="write" @focusout=${ctx.speech.leave}>
      <textarea
        id="draft"
        rows="1"
        maxlength=${MESSAGE_MAX_LENGTH}
        dir="auto"
        aria-describedby="draft-help"
        .value=${live(ctx.draft)}
        @input=${(e: InputEvent) => ctx.input((e.target as HTMLTextAreaElement).value)}
        @keydown=${keydown}
      ></textarea>
      ${ctx.speech.mic(
        { key: 'draft', lang: ctx.lang, selector: '#draft' },
        {
          start: msg('Speak your message', { id: 'mp.micStart' }),
          stop: msg('Stop listening', { id: 'mp.micStop' }),
          listening: msg('Listening…', { id: 'mp.listening' }),
        },
      )}
      <button part="button primary-button" class="primary" type="submit" ?disabled=${!ctx.draft.trim()}>
        ${msg('Send', { id: 'mp.send' })}
      </button>
    </div>
    <p id="draft-help" class="help">
      ${msg('Enter sends. Shift+Enter starts a new line.', { id: 'mp.help' })}
      ${left < 200 ? msg(str`${left} characters left.`, { id: 'mp.left' }) : nothing}
    </p>
    ${ctx.hint === undefined ? nothing : html`<p class="help plain-hint" aria-live="polite">${ctx.hint}</p>`}
  </form>`;
}
