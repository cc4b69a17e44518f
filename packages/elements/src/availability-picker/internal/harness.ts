// The picker's flows, as a person goes through them: tests and stories drive it only here.
import { Harness } from '../../base/harness.js';
import type { TandemAvailabilityPicker } from '../availability-picker.js';

export class PickerHarness extends Harness<TandemAvailabilityPicker> {
  /** Every time of the week, in order. */
  get slots(): HTMLElement[] {
    return this.all('[role=gridcell][data-slot]');
  }
  /** The times a family can book. */
  get freeSlots(): HTMLElement[] {
    return this.slots.filter((cell) => cell.dataset.state === 'open');
  }
  slot(slotId: string): HTMLElement {
    return this.get(`[data-slot="${slotId}"]`);
  }
  /** What a slot is: open, mine, full, closed. */
  stateOf(slotId: string): string | undefined {
    return this.slot(slotId).dataset.state;
  }
  /** The day headers of the week, in order. */
  get days(): string[] {
    return this.texts('[role=rowheader]');
  }

  /** Clicks the first free time; resolves with its slot id once the booking form is open. */
  async chooseFirstFree(): Promise<string> {
    const cell = this.freeSlots[0];
    if (!cell) throw new Error('no free time to choose');
    cell.click();
    await this.until(() => this.all('form.booking').length === 1, 'never opened the booking form');
    return cell.dataset.slot ?? '';
  }

  /** Submits the booking form as it stands. */
  async submitBooking(): Promise<void> {
    await this.click(/^(Book this time|Reservar esta hora)$/);
  }

  /** Books the first free time and waits for the confirmation or a problem. */
  async bookFirstFree(): Promise<string> {
    const slotId = await this.chooseFirstFree();
    await this.submitBooking();
    await this.until(() => this.confirmed || this.problem !== '', 'never confirmed nor refused the booking');
    return slotId;
  }

  get confirmed(): boolean {
    return this.all('.confirmation h3').length > 0;
  }
  /** The confirmation's paragraphs, as shown. */
  get confirmation(): string[] {
    return this.texts('.confirmation h3, .confirmation p');
  }

  /** The confirmation's *Read aloud* button, or null. */
  get confirmationReadAloud(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('.confirmation button.read-aloud');
  }

  /** What went wrong, in words ('' when nothing did). */
  get problem(): string {
    return this.texts('[role=alert]')[0] ?? '';
  }
  get notice(): string {
    return this.texts('.notice')[0] ?? '';
  }
  /** The upcoming meetings, one line of text each, as listed. */
  get meetings(): string[] {
    return this.texts('.bookings li');
  }

  /** Where the chosen time (booking form) or the booked meeting (confirmation) is, with the language shown. */
  placeOf(where: 'form' | 'confirmation'): { text: string; lang: string } {
    const node = this.root.querySelector(
      where === 'form' ? 'form.booking .muted [lang]' : '.confirmation .place [lang]',
    );
    return { text: (node?.textContent ?? '').trim(), lang: node?.getAttribute('lang') ?? '' };
  }

  /** The translation note beside a place ("Machine-translated from English · Show original"), or ''. */
  placeNote(where: 'form' | 'confirmation'): string {
    const selector = where === 'form' ? 'form.booking .translation-note' : '.confirmation .place .translation-note';
    return this.texts(selector)[0] ?? '';
  }

  /** Presses *Show original* / *Show translation* beside a place. */
  async togglePlace(where: 'form' | 'confirmation'): Promise<void> {
    const selector =
      where === 'form' ? 'form.booking .translation-note button' : '.confirmation .place .translation-note button';
    this.get<HTMLButtonElement>(selector).click();
    await this.element.updateComplete;
  }

  async nextWeek(): Promise<void> {
    await this.click('Next week');
    await this.until(() => this.element.loadState === 'ready', 'never showed the next week');
  }
}
