// The settings' flows, as a person goes through them: tests and stories drive it only here.
import { Harness } from '../../base/harness.js';
import type { TandemNotificationSettings } from '../notification-settings.js';

export class SettingsHarness extends Harness<TandemNotificationSettings> {
  /** The channels offered, by their labels, in order. */
  get channels(): string[] {
    return this.texts('.choice input[name=channel] + label');
  }
  /** The radio button of the channel labelled `label`. */
  channel(label: string | RegExp): HTMLInputElement {
    return this.field<HTMLInputElement>(label);
  }
  /** The label of the chosen channel, or null. */
  get chosen(): string | null {
    const checked = this.all<HTMLInputElement>('input[name=channel]').find((radio) => radio.checked);
    return checked ? (checked.labels?.[0]?.textContent ?? '').trim() : null;
  }
  /** What is said under the choice labelled `label` (where it goes, or why it cannot be chosen). */
  hint(label: string | RegExp): string {
    const field = this.field(label);
    const id = field.getAttribute('aria-describedby');
    const hint = id ? this.root.getElementById(id) : null;
    return (hint?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  /** The alert under the form ('' when none). */
  get problem(): string {
    return this.texts('.problem-text')[0] ?? '';
  }
  /** What the form announced ('' when nothing). */
  get notice(): string {
    return this.texts('.notice')[0] ?? '';
  }

  async choose(label: string | RegExp): Promise<void> {
    this.channel(label).click();
    await this.element.updateComplete;
  }

  /** Presses Save and waits until the save has ended, well or not. */
  async save(): Promise<void> {
    await this.click(/^(Save|Saving…)$/);
    await this.until(() => this.notice !== '' || this.problem !== '', 'never said whether it saved');
  }
}
