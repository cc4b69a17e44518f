import { describe, expect, it } from 'vitest';
import { fitSms, smsKeyword, smsSize, toE164 } from './sms-text.js';

const link = 'https://riverside.example/t/abc123';

describe('SMS size', () => {
  it('counts the GSM alphabet in septets, two for the extension table, 160 in one segment and 153 when split', () => {
    expect(smsSize('')).toEqual({ encoding: 'gsm-7', units: 0, segments: 1 });
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'gsm-7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(161))).toEqual({ encoding: 'gsm-7', units: 161, segments: 2 });
    expect(smsSize('a'.repeat(306))).toEqual({ encoding: 'gsm-7', units: 306, segments: 2 });
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
    expect(smsSize('Costs 5€ [room 2]')).toEqual({ encoding: 'gsm-7', units: 20, segments: 1 });
    expect(smsSize('¿Puede venir el martes? Ñoño')).toMatchObject({ encoding: 'gsm-7' });
    expect(smsSize('Reunión el martes')).toMatchObject({ encoding: 'ucs-2' }); // ó is not in the alphabet
  });

  it('sends any other character as UCS-2: 70 units in one segment, 67 when split', () => {
    expect(smsSize('Cô Rivera đã viết')).toMatchObject({ encoding: 'ucs-2', units: 17, segments: 1 });
    expect(smsSize('ش'.repeat(70))).toEqual({ encoding: 'ucs-2', units: 70, segments: 1 });
    expect(smsSize('ش'.repeat(71))).toEqual({ encoding: 'ucs-2', units: 71, segments: 2 });
    expect(smsSize('👋'.repeat(35))).toEqual({ encoding: 'ucs-2', units: 70, segments: 1 }); // two units each
    expect(smsSize(`${'a'.repeat(150)}ç`).encoding).toBe('ucs-2'); // ç is not in the alphabet (Ç is)
  });
});

describe('fitting a long text in two segments', () => {
  it('keeps a text that fits', () => {
    expect(fitSms('See you Tuesday at 3:30.', link)).toBe('See you Tuesday at 3:30.');
  });

  it('cuts a long text between words, before "..." and the link, within the segments', () => {
    const long = 'Emma read every night this week and wrote about it in her journal. '.repeat(8);
    const fitted = fitSms(long, link);
    expect(fitted.endsWith(`... ${link}`)).toBe(true);
    expect(smsSize(fitted).segments).toBe(2);
    const kept = fitted.slice(0, -`... ${link}`.length);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(' '); // cut at a word's end
    expect(kept.length).toBeGreaterThan(240); // and not much shorter than what fits
  });

  it('never cuts inside a character, in Vietnamese or in emoji', () => {
    const vietnamese = 'Hôm nay Emma đã đọc sách rất chăm chỉ và viết nhật ký. '.repeat(6);
    const fitted = fitSms(vietnamese, link);
    expect(smsSize(fitted).segments).toBeLessThanOrEqual(2);
    expect(vietnamese.startsWith(fitted.slice(0, -`... ${link}`.length))).toBe(true);
    const emoji = '👍🏽'.repeat(60);
    const cut = fitSms(emoji, link).slice(0, -`... ${link}`.length);
    expect(cut.length % '👍🏽'.length).toBe(0);
    expect(cut.length).toBeGreaterThan(0);
    expect(smsSize(fitSms(emoji, link)).segments).toBe(2);
  });
});

describe('carrier keywords', () => {
  it('reads STOP, START and HELP and their standard synonyms as the whole text, in any case', () => {
    expect(
      ['STOP', 'stop', ' Stop. ', 'STOPALL', 'Unsubscribe', 'cancel', 'END', 'quit', 'opt-out', 'REVOKE'].map(
        smsKeyword,
      ),
    ).toEqual(Array(10).fill('stop'));
    expect(['START', 'unstop', 'Yes!', 'OPT IN'].map(smsKeyword)).toEqual(['start', 'start', 'start', 'start']);
    expect(['HELP', 'info?', 'Ｈｅｌｐ'].map(smsKeyword)).toEqual(['help', 'help', 'help']);
  });

  it('leaves a message that only contains a keyword for the thread', () => {
    expect(smsKeyword('Please stop by after school')).toBeNull();
    expect(smsKeyword('yes, 3:30 works')).toBeNull();
    expect(smsKeyword('')).toBeNull();
    expect(smsKeyword('Thanks!')).toBeNull();
  });
});

describe('phone numbers for the provider', () => {
  it('writes a roster number as E.164, taking one without a country as North American, and refuses what cannot be a number', () => {
    expect(toE164('+1 (512) 555-0142')).toBe('+15125550142');
    expect(toE164('512.555.0142')).toBe('+15125550142');
    expect(toE164('1-512-555-0142')).toBe('+15125550142');
    expect(toE164('+52 55 1234 5678')).toBe('+525512345678');
    expect(toE164('555-0142')).toBeNull(); // seven digits: no area code
    expect(toE164('+0 123')).toBeNull();
    expect(toE164('call the office')).toBeNull();
  });
});
