import type { Slot } from '@tandem/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bookingRequest, offerRequest, waitlistRequest, windowsRequest } from './requests.js';

const slot = { id: 'slot_x', modality: 'in_person', modalities: ['in_person', 'phone'] } as Slot;
const fields = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('requests from the picker’s forms', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('a booking: the chosen modality and the needs asked for; the interpreter only when ticked', () => {
    expect(
      bookingRequest(
        fields([
          ['modality', 'phone'],
          ['interpreter', 'on'],
          ['interpreterLanguage', 'es'],
          ['childCare', 'on'],
          ['note', '  Step-free entrance  '],
        ]),
        slot,
        'stu_mateo',
      ),
    ).toEqual({
      studentId: 'stu_mateo',
      modality: 'phone',
      needs: { interpreterLanguage: 'es', childCare: true, transport: false, accessibilityNote: 'Step-free entrance' },
    });
    expect(bookingRequest(fields([['interpreterLanguage', 'es']]), slot, 'stu_mateo')).toEqual({
      studentId: 'stu_mateo',
      modality: 'in_person',
      needs: { childCare: false, transport: false },
    });
    // The contract's enum decides what a modality is.
    expect(() => bookingRequest(fields([['modality', 'carrier-pigeon']]), slot, 'stu_mateo')).toThrow();
  });

  it('waiting: the family’s language for the interpreter unless it is English', () => {
    expect(waitlistRequest(slot, 'stu_yusuf', 'ar')).toEqual({
      studentId: 'stu_yusuf',
      modality: 'in_person',
      needs: { interpreterLanguage: 'ar' },
    });
    expect(waitlistRequest(slot, 'stu_emma', 'en')).toEqual({ studentId: 'stu_emma', modality: 'in_person' });
  });

  it('free times: each day ticked, and null when the end is not after the start', () => {
    expect(
      windowsRequest(
        fields([
          ['day', '2'],
          ['day', '4'],
          ['start', '18:00'],
          ['end', '20:00'],
        ]),
      ),
    ).toEqual({
      windows: [
        { weekday: 2, startTime: '18:00', endTime: '20:00' },
        { weekday: 4, startTime: '18:00', endTime: '20:00' },
      ],
    });
    expect(
      windowsRequest(
        fields([
          ['start', '18:00'],
          ['end', '18:00'],
        ]),
      ),
    ).toBeNull();
  });

  it('an offer starts on the viewer’s calendar day, not UTC’s (late evening west of Greenwich)', () => {
    process.env.TZ = 'America/Los_Angeles';
    const lateEvening = new Date(2026, 11, 2, 23, 30); // 07:30 on December 3 in UTC
    expect(lateEvening.toISOString().slice(0, 10)).toBe('2026-12-03'); // what the widget used to send
    const body = offerRequest(
      fields([
        ['day', '1'],
        ['day', '3'],
        ['start', '15:00'],
        ['end', '17:00'],
        ['duration', '20'],
        ['perFamily', '2'],
        ['location', ' Room 12 '],
      ]),
      lateEvening,
    );
    expect(body).toEqual({
      recurrence: 'weekly',
      weekdays: [1, 3],
      startDate: '2026-12-02',
      startTime: '15:00',
      endTime: '17:00',
      durationMinutes: 20,
      modalities: ['in_person', 'phone', 'video'],
      maxBookingsPerHousehold: 2,
      location: 'Room 12',
    });
  });
});
