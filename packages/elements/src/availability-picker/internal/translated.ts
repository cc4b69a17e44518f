// Places and notes in the viewer's language, the original one tap away (base/translated-text.ts).
import type { Booking, ContentTranslation, TranslatedField } from '@tandem/contract';
import { html, type TemplateResult } from 'lit';
import { contentLanguages, pick } from '../../base/translated-text.js';
import { textIn, translationNote } from '../../base/translation-notes.js';
import { translationLabels } from '../labels.js';
import type { PickerView } from './view.js';

export function translated(
  view: PickerView,
  key: string,
  original: string,
  language: string,
  translations: readonly ContentTranslation[],
  field: TranslatedField,
): TemplateResult {
  const { originals, loader } = view.picker;
  const want = contentLanguages(loader.viewer?.person.preferredLanguage, view.locale);
  const shown = pick(original, language, translations, want, originals.shows(key), field);
  const note = translationNote(
    [shown],
    originals.shows(key),
    () => originals.toggle(key),
    view.locale,
    translationLabels(),
  );
  return html`${textIn(shown)} ${note}`;
}

/** Where a booked meeting is, in the viewer's language. The offer's language is the slot's (see report: Booking lacks it). */
export function bookingPlace(
  view: PickerView,
  booking: { id: string; slotId: string; location: string | null; translations: readonly ContentTranslation[] },
) {
  if (!booking.location) return null;
  const language = view.picker.slots.find((s) => s.id === booking.slotId)?.language ?? 'und';
  return translated(view, `place-${booking.id}`, booking.location, language, booking.translations, 'location');
}

/** The family's own note, in the viewer's language (the booker's words, so in quotes). */
export function bookingNote(view: PickerView, booking: Booking) {
  const note = booking.needs?.accessibilityNote;
  if (!note) return null;
  return html`“${translated(view, `note-${booking.id}`, note, booking.language, booking.translations, 'accessibilityNote')}”`;
}
