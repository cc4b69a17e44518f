import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyFor, copyLanguages, englishCopy, fillCopy, type NotificationCopy } from './notification-copy.js';

const config = JSON.parse(readFileSync(new URL('../../elements/lit-localize.json', import.meta.url), 'utf8')) as {
  targetLocales: string[];
};
/** The widgets' languages; en-XA is a pseudo-locale for development, not a language. */
const locales = config.targetLocales.filter((locale) => locale !== 'en-XA');
const keys = Object.keys(englishCopy) as (keyof NotificationCopy)[];
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
/** Keys that must never be left in English: the subject, and the texts a carrier requires. */
const alwaysTranslated: (keyof NotificationCopy)[] = ['messageSubject', 'smsHelp', 'smsStopped'];

describe('notification copy in the widgets’ languages', () => {
  it('has a row for every language of the widgets, and no other', () => {
    expect(locales.length).toBeGreaterThan(0);
    expect([...copyLanguages()].sort()).toEqual(['en', ...locales.map((l) => l.toLowerCase())].sort());
  });

  describe.each(locales)('%s', (locale) => {
    const { language, copy } = copyFor(locale);

    it('is found under its lowercase tag', () => {
      expect(language).toBe(locale.toLowerCase());
      expect(copyLanguages()).toContain(language);
    });

    it('translates every key (at most two may read as in English)', () => {
      const asEnglish = keys.filter((key) => copy[key] === englishCopy[key]);
      expect(asEnglish.length, `left in English: ${asEnglish.join(', ')}`).toBeLessThanOrEqual(2);
      for (const key of alwaysTranslated) expect(copy[key], key).not.toBe(englishCopy[key]);
      for (const key of keys) expect(copy[key].trim(), key).not.toBe('');
    });

    it('keeps exactly the English placeholders in every string', () => {
      for (const key of keys) expect(placeholders(copy[key]), key).toEqual(placeholders(englishCopy[key]));
    });

    it('keeps the carrier keywords STOP and START as the English has them', () => {
      for (const key of ['smsHelp', 'smsStopped', 'smsStarted'] as const) {
        for (const keyword of ['STOP', 'START']) {
          expect(copy[key].includes(keyword), `${key}: ${keyword}`).toBe(englishCopy[key].includes(keyword));
        }
      }
    });
  });
});

describe('copyFor', () => {
  it('matches a tag by its base language, and Chinese by script or region', () => {
    expect(copyFor('vi-VN').language).toBe('vi');
    expect(copyFor('zh-TW').language).toBe('zh-hant');
    expect(copyFor('zh-Hans').language).toBe('zh-hans');
    expect(copyFor('zh-CN').language).toBe('zh-hans');
  });

  it('falls back to English for a language it does not have', () => {
    const { language, copy } = copyFor('xx');
    expect(language).toBe('en');
    expect(copy).toEqual(englishCopy);
  });
});

describe('fillCopy', () => {
  it('fills names and numbers', () => {
    expect(fillCopy(englishCopy.messageSubject, { sender: 'Ms. Lee', student: 'Maya' })).toBe(
      'Message from Ms. Lee about Maya',
    );
    expect(fillCopy(englishCopy.smsChooserLine, { number: 2, student: 'Maya', person: 'Mr. Ruiz' })).toBe(
      '2. Maya with Mr. Ruiz',
    );
  });

  it('leaves an unknown placeholder as written', () => {
    expect(fillCopy('{sender} about {student}', { sender: 'Ms. Lee' })).toBe('Ms. Lee about {student}');
    expect(fillCopy('Hello {nobody}', {})).toBe('Hello {nobody}');
  });
});
