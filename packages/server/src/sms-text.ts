// How many SMS segments a text takes, and a long text cut to fit with a link to the rest.
// A text in the GSM 03.38 alphabet goes as 7-bit characters: 160 in one segment, 153 per
// segment when split (the rest carries the joining header); a character of the extension table
// (€, [, ], {, }, ~, |, ^, \) takes two. Any other character (Vietnamese tones, Arabic,
// Chinese, emoji) sends the whole text as UCS-2: 70 UTF-16 units in one segment, 67 when split.

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENSION = new Set('^{}\\[~]|€\f');

export interface SmsSize {
  encoding: 'gsm-7' | 'ucs-2';
  /** Septets (GSM-7) or UTF-16 units (UCS-2). */
  units: number;
  segments: number;
}

export function smsSize(text: string): SmsSize {
  let septets = 0;
  for (const char of text) {
    if (GSM_BASIC.has(char)) septets += 1;
    else if (GSM_EXTENSION.has(char)) septets += 2;
    else return sized('ucs-2', text.length, 70, 67);
  }
  return sized('gsm-7', septets, 160, 153);
}

function sized(encoding: SmsSize['encoding'], units: number, single: number, perPart: number): SmsSize {
  return { encoding, units, segments: units === 0 ? 1 : units <= single ? 1 : Math.ceil(units / perPart) };
}

/**
 * The text as it is when it fits in `maxSegments`; else as much of it as fits before "... " and
 * the link, cut between words where a word boundary is near, and never inside a character.
 */
export function fitSms(text: string, link: string, maxSegments = 2): string {
  if (smsSize(text).segments <= maxSegments) return text;
  // Three dots, not "…", which is outside the GSM alphabet and would make every text UCS-2.
  const suffix = `... ${link}`;
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  // The longest prefix that fits, by binary search over graphemes.
  let low = 0;
  let high = graphemes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (smsSize(graphemes.slice(0, mid).join('').trimEnd() + suffix).segments <= maxSegments) low = mid;
    else high = mid - 1;
  }
  const prefix = graphemes.slice(0, low).join('');
  // Back to the last space if it is not too far (a fifth of what fits): whole words read better.
  const space = prefix.lastIndexOf(' ');
  const cut = space > prefix.length * 0.8 ? prefix.slice(0, space) : prefix;
  return cut.trimEnd() + suffix;
}

/**
 * The carrier keywords a text may be (the whole text, any case, punctuation around it
 * ignored): `stop` ends texts to that number, `start` resumes them, `help` asks who is
 * texting and how to stop. The sets are the industry's standard ones (CTIA), which carriers
 * and providers also act on themselves. `start` matters only for a number that has stopped:
 * from anyone else, "Yes" is an answer for the thread, not a keyword.
 */
export type SmsKeyword = 'stop' | 'start' | 'help';

const KEYWORDS: Record<string, SmsKeyword> = {
  stop: 'stop',
  stopall: 'stop',
  unsubscribe: 'stop',
  cancel: 'stop',
  end: 'stop',
  quit: 'stop',
  optout: 'stop',
  revoke: 'stop',
  start: 'start',
  unstop: 'start',
  yes: 'start',
  optin: 'start',
  help: 'help',
  info: 'help',
};

export function smsKeyword(body: string): SmsKeyword | null {
  const word = body
    .normalize('NFKC')
    .trim()
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
    .replace(/[\s-]+/g, '')
    .toLowerCase();
  return KEYWORDS[word] ?? null;
}

/**
 * A roster's phone number as the provider wants it (E.164: `+` and digits), or null when it
 * cannot be one. Formatting is dropped (`+1 (512) 555-0142`); a number written without its
 * country is taken as North American (10 digits, or 11 starting with 1), the only plan where
 * rosters commonly leave it out.
 */
export function toE164(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : null;
  if (/^[2-9]\d{9}$/.test(digits)) return `+1${digits}`;
  if (/^1[2-9]\d{9}$/.test(digits)) return `+${digits}`;
  return null;
}
