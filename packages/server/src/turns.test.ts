import { describe, expect, it } from 'vitest';
import { Turns } from './turns.js';

/** A promise and its resolve, to hold a turn for as long as a test wants. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('Turns', () => {
  it('runs one holder per key; others wait for it, holding nothing, and keys do not wait for each other', async () => {
    const turns = new Turns();
    const held = gate();
    const order: string[] = [];
    const first = turns.tryRun('slot-a', async () => {
      order.push('a starts');
      await held.opened;
      order.push('a ends');
    });
    expect(await turns.tryRun('slot-a', async () => void order.push('second a'))).toBe(false);
    expect(await turns.tryRun('slot-b', async () => void order.push('b'))).toBe(true);
    const waited = turns.finished('slot-a').then(() => order.push('waiter wakes'));
    held.open();
    expect(await first).toBe(true);
    await waited;
    expect(order).toEqual(['a starts', 'b', 'a ends', 'waiter wakes']);
    expect(await turns.tryRun('slot-a', async () => void order.push('a again'))).toBe(true);
    expect(order.at(-1)).toBe('a again');
  });

  it('frees the turn when its holder fails, and passes the failure to the holder', async () => {
    const turns = new Turns();
    await expect(
      turns.tryRun('slot-a', async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await turns.finished('slot-a');
    expect(await turns.tryRun('slot-a', async () => undefined)).toBe(true);
  });
});
