// From what a person filled in to the request the server takes: pure, checked by the contract's
// own schemas (a modality or weekday the contract does not know is refused here, not retyped).
import {
  CreateBookingRequest,
  CreateOfferRequest,
  JoinWaitlistRequest,
  Modality,
  PutFamilyWindowsRequest,
  type Slot,
} from '@tandem/contract';
import { localDate } from './week.js';

/** What the forms give: a `FormData`, or anything that reads like one (tests). */
export interface FormFields {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
  has(name: string): boolean;
}

const text = (data: FormFields, name: string) => String(data.get(name) ?? '').trim();

/** The booking form → `CreateBookingRequest`; the slot's first modality when none was chosen. */
export function bookingRequest(data: FormFields, slot: Slot, studentId: string): CreateBookingRequest {
  const note = text(data, 'note');
  const interpreter = data.has('interpreter') ? text(data, 'interpreterLanguage') : '';
  return CreateBookingRequest.parse({
    studentId,
    modality: Modality.parse(data.get('modality') ?? slot.modality),
    needs: {
      ...(interpreter ? { interpreterLanguage: interpreter } : {}),
      childCare: data.has('childCare'),
      transport: data.has('transport'),
      ...(note ? { accessibilityNote: note } : {}),
    },
  });
}

/** Waiting for a full slot, with the family's language for the interpreter unless it is English. */
export function waitlistRequest(slot: Slot, studentId: string, language: string): JoinWaitlistRequest {
  return JoinWaitlistRequest.parse({
    studentId,
    modality: slot.modality,
    ...(language !== 'en' ? { needs: { interpreterLanguage: language } } : {}),
  });
}

/** The free-times form → `PutFamilyWindowsRequest`; null when the end is not after the start. */
export function windowsRequest(data: FormFields): PutFamilyWindowsRequest | null {
  const startTime = text(data, 'start');
  const endTime = text(data, 'end');
  if (endTime <= startTime) return null;
  return PutFamilyWindowsRequest.parse({
    windows: data.getAll('day').map((day) => ({ weekday: Number(day), startTime, endTime })),
  });
}

/** The offer form → a weekly `CreateOfferRequest` from `today` (the viewer's calendar day). */
export function offerRequest(data: FormFields, today: Date): CreateOfferRequest {
  const location = text(data, 'location');
  return CreateOfferRequest.parse({
    recurrence: 'weekly',
    weekdays: data.getAll('day').map(Number),
    startDate: localDate(today),
    startTime: text(data, 'start'),
    endTime: text(data, 'end'),
    durationMinutes: Number(data.get('duration')),
    modalities: Modality.options,
    maxBookingsPerHousehold: Number(data.get('perFamily') ?? 1),
    ...(location ? { location } : {}),
  });
}
