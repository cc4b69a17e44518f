import { describe, expect, it } from 'vitest';
import { Turns } from './turns.js';

/** A promise and its resolve, to hold a turn for as long as a test wants. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('Turns', () => {
  it('gives one key’s turns one at a time, first come first served; keys do not wait for each other', async () => {
    const turns = new Turns();
    const held = gate();
    const order: string[] = [];
    expect(turns.idle('slot-a')).toBe(true);
    const first = turns.run('slot-a', async () => {
      order.push('a1 starts');
      await held.opened;
      order.push('a1 ends');
    });
    expect(turns.idle('slot-a')).toBe(false);
    const second = turns.run('slot-a', async () => void order.push('a2'));
    const third = turns.run('slot-a', async () => void order.push('a3'));
    await turns.run('slot-b', async () => void order.push('b'));
    const waited = turns.finished('slot-a').then(() => order.push('waiter wakes'));
    held.open();
    await Promise.all([first, second, third, waited]);
    expect(order).toEqual(['a1 starts', 'b', 'a1 ends', 'a2', 'a3', 'waiter wakes']);
    expect(turns.idle('slot-a')).toBe(true);
  });

  it('gives the next turn when one fails, and passes the failure to its holder', async () => {
    const turns = new Turns();
    const failed = turns.run('slot-a', async () => {
      throw new Error('refused');
    });
    const next = turns.run('slot-a', async () => undefined);
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBeUndefined();
    await turns.finished('slot-a');
    expect(turns.idle('slot-a')).toBe(true);
  });
});
