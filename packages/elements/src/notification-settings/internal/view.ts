// The settings form: the channels (with where each goes, or why it cannot be chosen), quiet
// hours on the person's clock, the delay, and Save.
import { msg } from '@lit/localize';
import type { ContactChannel } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import {
  channelHint,
  channelLabel,
  delayLabel,
  districtDelayLabel,
  noticeText,
  problemText,
  stoppedText,
  unavailableText,
} from './copy.js';
import type { SettingsController } from './controller.js';
import { DEFAULT_QUIET_HOURS, delayChoices } from './form.js';

export interface SettingsView {
  settings: SettingsController;
  locale: string;
  /** The quiet-hours fields are shown (the box is ticked). */
  quiet: boolean;
  toggleQuiet(on: boolean): void;
  save(form: HTMLFormElement): void;
  addDevice(): void;
}

/** "Central Time": the zone of the person's quiet hours, in their language. */
function zoneName(timeZone: string, locale: string): string {
  // A fixed day: a generic name ("Central Time") does not change with the season.
  const name = (style: 'longGeneric' | 'long') =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(Date.UTC(2026, 0, 15))
      .find((part) => part.type === 'timeZoneName')?.value;
  try {
    const generic = name('longGeneric');
    // Zones without a generic name (UTC) get an offset ("GMT+00:00"); their long name says more.
    return (generic && !/^(GMT|UTC)/.test(generic) ? generic : name('long')) ?? timeZone;
  } catch {
    return timeZone;
  }
}

function renderChannel(view: SettingsView, channel: ContactChannel): TemplateResult {
  const { settings } = view;
  const stored = settings.settings;
  if (!stored) return html``;
  const id = `channel-${channel}`;
  const unavailable = settings.unavailable(channel);
  const hint = unavailable
    ? unavailableText(unavailable)
    : channelHint(channel, {
        email: stored.email,
        phone: stored.phone,
        devices: stored.pushSubscriptions,
        locale: view.locale,
      });
  const stopped = channel === 'sms' && stored.smsStopped;
  return html`<div class="choice" part="choice">
    <input
      type="radio"
      name="channel"
      id=${id}
      value=${channel}
      .checked=${stored.contactChannel === channel}
      ?disabled=${unavailable !== null}
      aria-describedby="${id}-hint"
    />
    <label for=${id}>${channelLabel(channel)}</label>
    <p class="hint" id="${id}-hint">${hint}${stopped ? html` <strong>${stoppedText()}</strong>` : nothing}</p>
  </div>`;
}

export function renderSettings(view: SettingsView): TemplateResult {
  const { settings, locale } = view;
  const stored = settings.settings;
  const viewer = settings.viewer;
  if (!stored || !viewer) return html``;
  const quiet = stored.quietHours ?? DEFAULT_QUIET_HOURS;
  const delay = stored.notifyAfterMinutes;
  const busy = settings.busy !== null;
  const problem = settings.problem;
  return html`<form
    part="form"
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      view.save(event.currentTarget as HTMLFormElement);
    }}
    @input=${() => settings.dismiss()}
  >
    <h2 class="title" part="title">${msg('How we tell you about new messages', { id: 'ns.title' })}</h2>
    <p class="intro">
      ${msg('When a message is waiting for you and you have not read it, we can tell you.', { id: 'ns.intro' })}
    </p>
    <fieldset>
      <legend>${msg('Tell me by', { id: 'ns.channels' })}</legend>
      ${settings.channels.map((channel) => renderChannel(view, channel))}
    </fieldset>
    <fieldset>
      <legend>${msg('Quiet hours', { id: 'ns.quiet' })}</legend>
      <div class="choice">
        <input
          type="checkbox"
          name="quiet"
          id="quiet"
          .checked=${view.quiet}
          @change=${(event: Event) => view.toggleQuiet((event.target as HTMLInputElement).checked)}
          aria-describedby="quiet-hint"
        />
        <label for="quiet">${msg('Send nothing during these hours', { id: 'ns.quietOn' })}</label>
        <p class="hint" id="quiet-hint">
          ${msg('What arrives then waits until they end.', { id: 'ns.quietHint' })}
          ${msg('On your clock:', { id: 'ns.zone' })} ${zoneName(viewer.person.timeZone, locale)}
        </p>
      </div>
      ${
        view.quiet
          ? html`<div class="times">
              <label>
                <span>${msg('From', { id: 'ns.quietStart' })}</span>
                <input type="time" name="quietStart" .value=${quiet.start} required />
              </label>
              <label>
                <span>${msg('Until', { id: 'ns.quietEnd' })}</span>
                <input type="time" name="quietEnd" .value=${quiet.end} required />
              </label>
            </div>`
          : nothing
      }
    </fieldset>
    <div class="field">
      <label for="delay">${msg('Tell me when a message has waited unread for', { id: 'ns.delay' })}</label>
      <select id="delay" name="delay">
        <option value="" ?selected=${delay === null}>
          ${districtDelayLabel(stored.districtNotifyAfterMinutes, locale)}
        </option>
        ${delayChoices(stored).map(
          (minutes) =>
            html`<option value=${String(minutes)} ?selected=${delay === minutes}>
              ${delayLabel(minutes, locale)}
            </option>`,
        )}
      </select>
    </div>
    <p class="problem-text" role="alert">${problem ? problemText(problem) : ''}</p>
    <p class="notice" role="status">${settings.notice ? noticeText(settings.notice) : ''}</p>
    <div class="actions">
      <button part="button primary-button" class="primary" type="submit" ?disabled=${busy}>
        ${settings.busy === 'save' ? msg('Saving…', { id: 'ns.saving' }) : msg('Save', { id: 'ns.save' })}
      </button>
      ${
        settings.canAddDevice
          ? html`<button part="button" type="button" ?disabled=${busy} @click=${() => view.addDevice()}>
              ${msg('Also on this device', { id: 'ns.addDevice' })}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}
