import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('newId', () => {
  it('gives 12 random bytes per id, never twice, across many refills of its pool', () => {
    const ids = Array.from({ length: 2_000 }, () => newId('aud')); // about six pools of bytes
    for (const id of ids) expect(id).toMatch(/^aud_[A-Za-z0-9_-]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // Each byte serves one id: no id's bytes overlap the next one's (a shifted window would).
    const bytes = ids.map((id) => Buffer.from(id.slice(4), 'base64url'));
    for (let i = 1; i < bytes.length; i++) expect(bytes[i]!.subarray(0, 6)).not.toEqual(bytes[i - 1]!.subarray(6));
  });
});
