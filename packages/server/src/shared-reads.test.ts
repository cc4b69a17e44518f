import { describe, expect, it } from 'vitest';
import { SharedReads } from './shared-reads.js';

/** A read that answers when told to. */
function controlled() {
  const started: ((value: string) => void)[] = [];
  const start = () => new Promise<string>((resolve) => started.push(resolve));
  return { start, started };
}

describe('SharedReads', () => {
  it('shares a read under way among those not woken since it began', async () => {
    const reads = new SharedReads<string>();
    const { start, started } = controlled();
    const first = reads.read('per_a:7', 0, start);
    const second = reads.read('per_a:7', 0, start);
    expect(second).toBe(first);
    expect(started).toHaveLength(1);
    started[0]!('rows');
    expect(await second).toBe('rows');
  });

  it('starts a new read for one woken after the read under way began, and later askers share the new one', async () => {
    const reads = new SharedReads<string>();
    const { start, started } = controlled();
    const before = reads.read('per_a:7', 0, start); // a heartbeat's read, before the event
    const woken = reads.wake(); // the event committed, its notification woke a tab
    const after = reads.read('per_a:7', woken, start);
    expect(after).not.toBe(before);
    expect(started).toHaveLength(2);
    expect(reads.read('per_a:7', woken, start)).toBe(after);
    started[1]!('with the event');
    started[0]!('without it');
    expect(await after).toBe('with the event');
    expect(await before).toBe('without it');
    await Promise.resolve();
    expect(reads.size).toBe(0); // the older read ending did not forget the newer one early, nor leak
  });

  it('keeps reads of other keys apart, and forgets a failed read', async () => {
    const reads = new SharedReads<string>();
    const { start, started } = controlled();
    const a = reads.read('per_a:7', 0, start);
    const b = reads.read('per_b:7', 0, start);
    expect(b).not.toBe(a);
    const failing = reads.read('per_c:1', 0, () => Promise.reject(new Error('database away')));
    await expect(failing).rejects.toThrow('database away');
    await Promise.resolve();
    expect(reads.size).toBe(2);
    started[0]!('a');
    started[1]!('b');
    expect([await a, await b]).toEqual(['a', 'b']);
  });
});
