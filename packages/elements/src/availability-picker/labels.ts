import { msg, str } from '@lit/localize';
import type { Booking, Modality } from '@tandem/contract';
import { dateTimeFormat, numberFormat } from '../base/intl.js';
import type { Notice, Problem } from './internal/controller.js';
import type { SlotState } from './internal/week.js';
import type { TranslationLabels } from '../base/translation-notes.js';

// Functions, not constants: msg() must run at render time, in the active locale.

export const modalityLabel = (modality: Modality): string =>
  ({
    in_person: msg('in person', { id: 'ap.modality.in_person' }),
    phone: msg('by phone', { id: 'ap.modality.phone' }),
    video: msg('by video', { id: 'ap.modality.video' }),
  })[modality];

/** ISO weekday (1 Monday … 7 Sunday) in the viewer's language. */
export function weekdayName(weekday: number, locale: string): string {
  // 2026-11-23 is a Monday.
  return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + weekday, 12));
}

/** "An interpreter (Spanish) · Child care · Help with transport" (the family's note is shown on its own, translated). */
export function needsSummary(booking: Booking, languageName: (tag: string) => string): string {
  const { needs } = booking;
  const parts: string[] = [];
  if (!needs) return ''; // another home's booking: its notes are not ours to show
  if (needs.interpreterLanguage) {
    const language = languageName(needs.interpreterLanguage);
    parts.push(msg(str`Interpreter: ${language}`, { id: 'ap.need.interpreter' }));
  }
  if (needs.childCare) parts.push(msg('Child care', { id: 'ap.need.childCare' }));
  if (needs.transport) parts.push(msg('Help with transport', { id: 'ap.transport' }));
  return parts.join(' · ');
}

/** What happened and what to do, never a code (UX.md, copy). */
export function failureMessage(kind: string | undefined, saving = false): string {
  if (kind === 'network' || kind === 'timeout') {
    return saving
      ? msg("We couldn't save this. Check your connection and try again.", { id: 'ap.failure.saveNetwork' })
      : msg("We couldn't load the times. Check your connection and try again.", { id: 'ap.failure.network' });
  }
  if (kind === 'forbidden' || kind === 'unauthorized') {
    return msg('You are not allowed to do this here. Try signing in again.', { id: 'ap.failure.forbidden' });
  }
  if (kind === 'not-found') {
    return msg('We could not find this student. Ask the school to check your account.', { id: 'ap.failure.notFound' });
  }
  // Anything else is on the school's side: a server error, or `origin-not-allowed` (this page is not
  // in the server's allowed origins, a setup problem the host's developer sees in the console).
  // Never "check your connection", never a setting's name.
  return saving
    ? msg("We couldn't save this. Please try again in a moment.", { id: 'ap.failure.save' })
    : msg("We couldn't load the times. Please try again in a moment.", { id: 'ap.failure.load' });
}

/** "20 min", in the viewer's language. */
export const minutes = (count: number, locale: string): string =>
  numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(count);

/** What a slot is, said beside its time (visible and to screen readers). */
export const slotStateLabel = (state: SlotState): string =>
  ({
    open: msg('free', { id: 'ap.slot.open' }),
    mine: msg('Your meeting', { id: 'ap.slot.mine' }),
    full: msg('taken', { id: 'ap.taken' }),
    closed: msg('Closed for booking', { id: 'ap.slot.closed' }),
  })[state];

/** What went right, announced. */
export const noticeText = (notice: Notice | null): string => {
  switch (notice) {
    case 'booked':
      return msg('Booked. The teacher will see your request.', { id: 'ap.booked' });
    case 'cancelled':
      return msg('Cancelled. The time is free again.', { id: 'ap.cancelled' });
    case 'waiting':
      return msg("You're on the waiting list. If the time frees up, it will be booked for you.", {
        id: 'ap.waitJoined',
      });
    case 'windows-saved':
      return msg('Saved. The school can see when you are usually free.', { id: 'ap.windowsSaved' });
    case 'offered':
      return msg('Offered. Families can book these times now.', { id: 'ap.offered' });
    default:
      return '';
  }
};

/** What went wrong with a command, and what to do. */
export const problemText = (problem: Problem, educator: string): string => {
  switch (problem.kind) {
    case 'taken':
      return msg('Someone else just took this time. Here are the times that are still free.', {
        id: 'ap.takenFirst',
      });
    case 'booking-limit':
      return msg(
        str`You already have a meeting booked with ${educator} at these times. To pick another time, cancel that meeting first.`,
        { id: 'ap.bookingLimit' },
      );
    case 'waitlist-conflict':
      return msg('You are already waiting for this time, or it is free again: look at the times below.', {
        id: 'ap.waitConflict',
      });
    case 'windows-order':
      return msg('The end time must be after the start time.', { id: 'ap.windowsOrder' });
    case 'failed':
      return failureMessage(problem.failure, problem.saving);
  }
};

/** The words of the shared translation note (base/translated-text.ts), in the picker's strings. */
export const translationLabels = (): TranslationLabels => ({
  machine: (language) => msg(str`Machine-translated from ${language}`, { id: 'ap.machineTranslatedFrom' }),
  human: (language) => msg(str`Translated from ${language}`, { id: 'ap.translatedFrom' }),
  showOriginal: msg('Show original', { id: 'ap.showOriginal' }),
  showTranslation: msg('Show translation', { id: 'ap.showTranslation' }),
});
