import { describe, expect, it } from 'vitest';
import { perTurn, type Waiter } from './per-turn.js';

describe('perTurn', () => {
  it('sends the calls of one turn together, by key, and the next turn’s apart', async () => {
    const sent: Record<string, number>[] = [];
    const load = perTurn<string>(async (batch: Map<string, Waiter<string>[]>) => {
      sent.push(Object.fromEntries([...batch].map(([key, waiters]) => [key, waiters.length])));
      for (const [key, waiters] of batch) for (const waiter of waiters) waiter.resolve(`${key}!`);
    });
    const first = await Promise.all([load('a'), load('b'), load('a')]);
    const second = await load('c');
    expect(first).toEqual(['a!', 'b!', 'a!']);
    expect(second).toBe('c!');
    expect(sent).toEqual([{ a: 2, b: 1 }, { c: 1 }]);
  });

  it('gives every waiter it did not answer the error of a failed send', async () => {
    const load = perTurn<string>(async (batch) => {
      batch.get('a')![0]!.resolve('answered before the failure');
      throw new Error('connection lost');
    });
    const answers = await Promise.allSettled([load('a'), load('b'), load('b')]);
    expect(answers).toEqual([
      { status: 'fulfilled', value: 'answered before the failure' },
      { status: 'rejected', reason: new Error('connection lost') },
      { status: 'rejected', reason: new Error('connection lost') },
    ]);
  });
});
