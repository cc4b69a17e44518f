import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSlotId, slotIdOf, slotsOf, type OfferRow } from './slots.js';

const offer = (overrides: Partial<OfferRow> = {}): OfferRow => ({
  id: 'off_test',
  tenantId: 'ten_test',
  educatorId: 'per_test',
  language: 'en',
  recurrence: 'weekly',
  startDate: '2026-03-02',
  endDate: null,
  weekdays: [7],
  startTime: '01:00',
  endTime: '04:00',
  timeZone: 'America/Chicago',
  durationMinutes: 30,
  bufferMinutes: 15,
  modalities: ['phone'],
  location: null,
  capacity: 1,
  bookingWindowDays: 60,
  cutoffHours: 24,
  maxBookingsPerHousehold: 1,
  createdAt: new Date('2026-03-01T00:00:00Z'),
  ...overrides,
});

describe('slots', () => {
  it('names a slot by its offer and start, and reads the name back', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (offerId, at) => {
          const start = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
          expect(parseSlotId(slotIdOf(offerId, start))).toEqual({ offerId, start });
          expect(slotIdOf(offerId, start)).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        },
      ),
    );
    expect(parseSlotId('slot_')).toBeNull();
    expect(parseSlotId('slot_off_20261399T9999Z')).toBeNull();
  });

  it('keeps to the wall clock on the night the clocks go forward: the missing hour has no slots twice', () => {
    // Sunday 2026-03-08, Chicago: 02:00 CST jumps to 03:00 CDT.
    const starts = slotsOf(offer(), new Date('2026-03-08T00:00:00Z'), new Date('2026-03-09T00:00:00Z')).map((s) =>
      s.start.toISOString(),
    );
    expect(new Set(starts).size).toBe(starts.length);
    expect(starts[0]).toBe('2026-03-08T07:00:00.000Z'); // 01:00 CST
    expect(starts.at(-1)).toBe('2026-03-08T08:15:00.000Z'); // 03:15 CDT
  });

  it('steps by duration plus buffer, and only on the offer’s day', () => {
    const once = offer({
      recurrence: 'once',
      weekdays: [],
      startDate: '2026-06-10',
      endDate: '2026-06-10',
      timeZone: 'UTC',
    });
    const starts = slotsOf(once, new Date('2026-06-01T00:00:00Z'), new Date('2026-06-30T00:00:00Z')).map((s) =>
      s.start.toISOString().slice(11, 16),
    );
    expect(starts).toEqual(['01:00', '01:45', '02:30', '03:15']); // the last ends at 03:45, inside 04:00
  });
});
