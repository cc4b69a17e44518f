// "None of these work? Tell us when you can": the family's usual free times.
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { weekdayName } from '../labels.js';
import { windowsRequest } from './requests.js';
import type { PickerView } from './view.js';

export function renderFreeTimesForm(view: PickerView): TemplateResult {
  const { picker } = view;
  const saved = picker.windows?.windows ?? [];
  const first = saved[0];
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void picker.saveWindows(windowsRequest(new FormData(event.currentTarget as HTMLFormElement)));
  };
  const opened = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open) void picker.openWindows();
  };
  return html`<details class="windows" @toggle=${opened}>
    <summary>${msg('None of these work? Tell us when you can', { id: 'ap.windowsSummary' })}</summary>
    <form part="form" class="form" @submit=${submit}>
      <fieldset>
        <legend>${msg('Days that usually work', { id: 'ap.windowsDays' })}</legend>
        ${[1, 2, 3, 4, 5, 6, 7].map(
          (d) =>
            html`<label class="choice">
              <input type="checkbox" name="day" value=${d} ?checked=${saved.some((w) => w.weekday === d)} />
              ${weekdayName(d, view.locale)}
            </label>`,
        )}
      </fieldset>
      <div class="pair">
        <label
          >${msg('From', { id: 'ap.from' })}
          <input type="time" name="start" required .value=${first?.startTime ?? '18:00'}
        /></label>
        <label
          >${msg('To', { id: 'ap.to' })} <input type="time" name="end" required .value=${first?.endTime ?? '20:00'}
        /></label>
      </div>
      <button part="button primary-button" class="primary" type="submit" ?disabled=${picker.busy === 'windows'}>
        ${msg('Save my times', { id: 'ap.saveWindows' })}
      </button>
    </form>
  </details>`;
}
