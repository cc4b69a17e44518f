import { describe, expect, it } from 'vitest';
import { quietUntil } from './quiet-hours.js';

const evenings = { start: '17:00', end: '07:30' };

describe('quietUntil', () => {
  it('is null during working hours', () => {
    expect(quietUntil(new Date('2026-11-23T16:00:00Z'), evenings, 'America/Chicago')).toBeNull(); // 10:00 CST
  });

  it('ends the next morning in the educator’s time zone', () => {
    // 18:00 CST on Monday → 07:30 CST on Tuesday
    expect(quietUntil(new Date('2026-11-24T00:00:00Z'), evenings, 'America/Chicago')?.toISOString()).toBe(
      '2026-11-24T13:30:00.000Z',
    );
    // 06:00 CST → 07:30 the same morning
    expect(quietUntil(new Date('2026-11-24T12:00:00Z'), evenings, 'America/Chicago')?.toISOString()).toBe(
      '2026-11-24T13:30:00.000Z',
    );
  });

  it('is right across daylight-saving changes', () => {
    // Sat 31 Oct 2026, 18:00 CDT; clocks fall back that night: 07:30 CST is 13:30Z.
    expect(quietUntil(new Date('2026-10-31T23:00:00Z'), evenings, 'America/Chicago')?.toISOString()).toBe(
      '2026-11-01T13:30:00.000Z',
    );
    // Sat 7 Mar 2026, 17:30 CST; clocks spring forward that night: 07:30 CDT is 12:30Z.
    expect(quietUntil(new Date('2026-03-07T23:30:00Z'), evenings, 'America/Chicago')?.toISOString()).toBe(
      '2026-03-08T12:30:00.000Z',
    );
  });

  it('handles windows within one day, and other zones', () => {
    const lunch = { start: '12:00', end: '13:00' };
    expect(quietUntil(new Date('2026-11-23T12:30:00Z'), lunch, 'Europe/London')?.toISOString()).toBe(
      '2026-11-23T13:00:00.000Z',
    );
    expect(quietUntil(new Date('2026-11-23T13:30:00Z'), lunch, 'Europe/London')).toBeNull();
    expect(quietUntil(new Date('2026-11-23T10:00:00Z'), { start: '09:00', end: '09:00' }, 'UTC')).toBeNull();
  });
});
