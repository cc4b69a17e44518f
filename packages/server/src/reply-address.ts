// The Reply-To of a notification email: `r-<notification>-<signature>@<reply domain>`. The
// notification names the person and the thread; the signature (HMAC-SHA256 with
// TANDEM_REPLY_SECRET, 80 bits) makes the address impossible to guess or to change into
// another thread's. Base32 in lower case, because mail systems may change the case of a local part.
import { createHmac, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const SIGNATURE_BYTES = 10;

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

const signature = (secret: Uint8Array, notificationId: string) =>
  createHmac('sha256', secret).update(`reply:${notificationId}`).digest().subarray(0, SIGNATURE_BYTES);

/** The signed reply address of a notification. */
export function replyAddress(secret: Uint8Array, domain: string, notificationId: string): string {
  return `r-${base32(Buffer.from(notificationId))}-${base32(signature(secret, notificationId))}@${domain}`;
}

export type ReadAddress =
  | { kind: 'reply'; notificationId: string }
  /** Ours in form, but the signature does not match: forged, or cut by a mail client. */
  | { kind: 'forged' }
  /** Not a reply address of this domain. */
  | { kind: 'other' };

/** Which notification an address answers, if it is one of ours and its signature holds. */
export function readReplyAddress(secret: Uint8Array, domain: string, address: string): ReadAddress {
  const match = /^r-([a-z2-7]+)-([a-z2-7]+)@(.+)$/.exec(address.trim().toLowerCase());
  const [, encodedId = '', encodedSignature = '', host] = match ?? [];
  if (host !== domain.toLowerCase()) return { kind: 'other' };
  const id = fromBase32(encodedId)?.toString();
  const given = fromBase32(encodedSignature);
  if (!id || !given || given.length !== SIGNATURE_BYTES) return { kind: 'forged' };
  return timingSafeEqual(given, signature(secret, id)) ? { kind: 'reply', notificationId: id } : { kind: 'forged' };
}
