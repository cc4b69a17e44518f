import { describe, expect, it } from 'vitest';
import { choiceFrom, delayChoices } from './form.js';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('choiceFrom', () => {
  it('turns the form into the request: channel, quiet hours, the delay in minutes', () => {
    expect(
      choiceFrom(form({ channel: 'sms', quiet: 'on', quietStart: '21:30', quietEnd: '07:00', delay: '15' })),
    ).toEqual({
      choice: { contactChannel: 'sms', quietHours: { start: '21:30', end: '07:00' }, notifyAfterMinutes: 15 },
    });
  });

  it('keeps the district’s delay for an empty choice and drops quiet hours that are not ticked', () => {
    expect(choiceFrom(form({ channel: 'email', quietStart: '21:00', quietEnd: '07:00', delay: '' }))).toEqual({
      choice: { contactChannel: 'email', quietHours: null, notifyAfterMinutes: null },
    });
  });

  it('takes a browser’s time with seconds as HH:MM', () => {
    const parsed = choiceFrom(form({ channel: 'app', quiet: 'on', quietStart: '22:00:00', quietEnd: '06:15:00' }));
    expect(parsed).toEqual({
      choice: { contactChannel: 'app', quietHours: { start: '22:00', end: '06:15' }, notifyAfterMinutes: null },
    });
  });

  it('refuses quiet hours without both times, or starting when they end', () => {
    expect(choiceFrom(form({ channel: 'sms', quiet: 'on', quietStart: '21:00', quietEnd: '' }))).toEqual({
      problem: 'quiet-hours-missing',
    });
    expect(choiceFrom(form({ channel: 'sms', quiet: 'on', quietStart: '21:00', quietEnd: '21:00' }))).toEqual({
      problem: 'quiet-hours-same',
    });
  });

  it('refuses what the contract refuses: an unknown channel, a made-up delay or time', () => {
    expect(choiceFrom(form({ channel: 'pigeon' }))).toEqual({ problem: 'invalid' });
    expect(choiceFrom(form({ channel: 'sms', delay: 'soon' }))).toEqual({ problem: 'invalid' });
    expect(choiceFrom(form({ channel: 'sms', delay: String(8 * 24 * 60) }))).toEqual({ problem: 'invalid' });
    expect(choiceFrom(form({ channel: 'sms', quiet: 'on', quietStart: '25:00', quietEnd: '07:00' }))).toEqual({
      problem: 'invalid',
    });
  });
});

describe('delayChoices', () => {
  it('offers the usual delays, and a person’s own among them in order', () => {
    expect(delayChoices({ notifyAfterMinutes: null })).toEqual([5, 15, 30, 60, 120, 240, 1440]);
    expect(delayChoices({ notifyAfterMinutes: 45 })).toEqual([5, 15, 30, 45, 60, 120, 240, 1440]);
    expect(delayChoices({ notifyAfterMinutes: 15 })).toEqual([5, 15, 30, 60, 120, 240, 1440]);
  });
});
