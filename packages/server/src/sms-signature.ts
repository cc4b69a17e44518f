// The request signature of a Twilio-style SMS provider's webhooks (X-Twilio-Signature):
// base64 HMAC-SHA1, keyed by the account's auth token, of the full URL the provider called
// followed by every form parameter as name then value, sorted by name (then by value, for a
// name given more than once). Verified in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function smsSignature(authToken: string, url: string, params: URLSearchParams): string {
  const pairs = [...params.entries()].sort(([a, x], [b, y]) => (a === b ? compare(x, y) : compare(a, b)));
  const signed = url + pairs.map(([name, value]) => name + value).join('');
  return createHmac('sha1', authToken).update(signed, 'utf8').digest('base64');
}

/** Whether `signature` (the header's value) is the provider's for this request. */
export function verifySmsSignature(
  authToken: string,
  url: string,
  params: URLSearchParams,
  signature: string | undefined,
): boolean {
  if (!signature) return false;
  const expected = Buffer.from(smsSignature(authToken, url, params));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// By code unit, as the providers' own libraries sort (not by locale).
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
